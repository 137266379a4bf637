//! Leaked-code signals of the whole shop, from its sales (see [`crate::leaks`]).

use crate::error::Result;
use crate::leaks::LeakSignal;
use crate::store::Store;

impl Store {
    /// Every sign that a partner's code leaked, newest first, each with its days and order count (the
    /// orders themselves: [`Store::leak_orders`]).
    ///
    /// # Errors
    /// As [`Store::leak_data`].
    pub fn leak_signals(&self) -> Result<Vec<LeakSignal>> {
        Ok(crate::leaks::signals(&self.leak_data()?))
    }
}
