-- Placeholder so that 0007 follows 0006 on the central-coupons branch: the online orders branch owns
-- 0006_online_orders.sql, and its file replaces this one when both are merged.
SELECT 1;
