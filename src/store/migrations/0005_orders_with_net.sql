-- Version 5: one rule for what counts as an order. An order counts (in the shop's orders, a partner's
-- attributed orders, and as a customer's first order) when it is a sale and its net revenue is above zero:
-- a fully refunded or free order adds nothing but its money, which is zero. The daily aggregates count
-- orders again by that rule, and the derived customers table and cached results are rebuilt when next read.
DELETE FROM daily_sales;
INSERT INTO daily_sales (day, channel, orders, net_minor)
    SELECT local_day, channel, sum(net_minor > 0), sum(net_minor) FROM sales WHERE cancelled = 0
    GROUP BY local_day, channel HAVING sum(net_minor > 0) > 0 OR sum(net_minor) <> 0;
DELETE FROM daily_code_sales;
INSERT INTO daily_code_sales (day, code_norm, orders, net_minor)
    SELECT s.local_day, c.code_norm, sum(s.net_minor > 0), sum(s.net_minor)
    FROM sales s JOIN sale_codes c ON c.sale_id = s.id WHERE s.cancelled = 0
    GROUP BY s.local_day, c.code_norm HAVING sum(s.net_minor > 0) > 0 OR sum(s.net_minor) <> 0;
INSERT INTO app_settings (key, value) VALUES ('customers_stale', 'true')
    ON CONFLICT (key) DO UPDATE SET value = 'true';
DELETE FROM results_cache;
