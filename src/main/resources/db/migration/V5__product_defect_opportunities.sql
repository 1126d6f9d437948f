-- Defect opportunities per unit (DPMO) belong to the part, i.e. the product; null = the client's default, then 1.
ALTER TABLE products ADD COLUMN defect_opportunities INTEGER;
