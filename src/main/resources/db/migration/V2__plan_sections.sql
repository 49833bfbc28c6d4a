-- Kế hoạch sections besides the body (Nội dung): Mục đích, yêu cầu and Tổ chức thực hiện.
alter table directive add column purpose text;
alter table directive add column organization text;
