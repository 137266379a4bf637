//! "How did you hear about us?": the answers counted orders gave, and the owner's reading of each.

use rusqlite::params;

use super::{Store, now_text};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::survey::{SurveyAnswer, suggest, survey_norm};

impl Store {
    /// Every answer counted orders (paid, not cancelled) gave, most given first, with how the owner read it
    /// and, for one not read yet, the partner it most likely names.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn survey_answers(&self) -> Result<Vec<SurveyAnswer>> {
        let partners: Vec<(i64, String, Vec<String>)> = self
            .partners_with_accounts()?
            .into_iter()
            .map(|p| (p.partner.id, p.partner.fields.name, p.accounts.into_iter().map(|a| a.fields.handle).collect()))
            .collect();
        let name_of = |id: i64| partners.iter().find(|p| p.0 == id).map(|p| p.1.clone());
        let mut stmt = self.conn().prepare(
            "SELECT s.said_norm,
                    (SELECT x.said FROM sales x WHERE x.said_norm = s.said_norm GROUP BY x.said
                     ORDER BY count(*) DESC, x.said LIMIT 1),
                    count(*), sum(s.net_minor), a.answer_norm IS NOT NULL, a.partner_id
             FROM sales s LEFT JOIN survey_answers a ON a.answer_norm = s.said_norm
             WHERE s.said_norm IS NOT NULL AND s.cancelled = 0 AND s.net_minor > 0
             GROUP BY s.said_norm
             ORDER BY count(*) DESC, s.said_norm",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, Option<i64>>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (answer_norm, answer, orders, net_minor, read, partner_id) = row?;
            let suggested_id = if read { None } else { suggest(&answer_norm, &partners) };
            out.push(SurveyAnswer {
                answer,
                orders,
                net_minor,
                read,
                partner_id,
                partner_name: partner_id.and_then(name_of),
                suggested_id,
                suggested_name: suggested_id.and_then(name_of),
                answer_norm,
            });
        }
        Ok(out)
    }

    /// Reads `answer` as naming the partner `partner_id`, or (`None`) no partner; every order with that answer
    /// then counts for the partner in their campaigns ("customer said", after codes), or for none.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown partner; [`Error::Invalid`] (field `answer`) for an empty answer;
    /// [`Error::Database`] when SQLite fails.
    pub fn read_survey_answer(&mut self, answer: &str, partner_id: Option<i64>) -> Result<Vec<SurveyAnswer>> {
        let norm = survey_norm(answer);
        if norm.is_empty() {
            return Err(Error::invalid("answer", Message::new("invalid-answer")));
        }
        if let Some(id) = partner_id {
            self.partner(id)?;
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO survey_answers (answer_norm, partner_id, mapped_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (answer_norm) DO UPDATE SET partner_id = excluded.partner_id, mapped_at = excluded.mapped_at",
                params![norm, partner_id, now_text()],
            )?;
            Ok(())
        })?;
        self.survey_answers()
    }

    /// Forgets how the owner read `answer`: its orders count for no one until it is read again.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn forget_survey_answer(&mut self, answer: &str) -> Result<Vec<SurveyAnswer>> {
        let norm = survey_norm(answer);
        self.write(|tx| {
            tx.execute("DELETE FROM survey_answers WHERE answer_norm = ?1", [norm])?;
            Ok(())
        })?;
        self.survey_answers()
    }
}
