-- Number held for another branch of this session: the lead drops this file when that branch's migration lands.
SELECT 1;
