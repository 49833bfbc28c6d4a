-- Hướng dẫn 36-HD/VPTW §1.2: the header prints the body above ("HUYỆN ỦY BẢO YÊN", in header_name) and the
-- issuer's own line ("BAN TUYÊN GIÁO"), both as the directory records them; null prints the unit's name.
alter table unit add column header_issuer varchar(255);
