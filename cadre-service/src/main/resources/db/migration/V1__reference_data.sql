-- Reference lists of the CV form (sơ yếu lý lịch 2C). Kept as data, not Java enums: the lists are set by the
-- state and change (new degree names, renamed grades), and an old record must keep its code readable.
create table reference_code (
    list_name   varchar(40)   not null,
    code        varchar(20)   not null,
    name        varchar(200)  not null,
    name_en     varchar(200),
    sort_order  integer       not null,
    primary key (list_name, code)
);

-- Dân tộc: the 54 ethnic groups with the codes of the Danh mục các dân tộc Việt Nam issued by the General
-- Statistics Office (Quyết định 1019/QĐ-TCTK, 12/11/2008; ordered by population, Kinh = 01 ... Ơ Đu = 54).
insert into reference_code (list_name, code, name, sort_order) values
('ethnicities','01','Kinh',1),('ethnicities','02','Tày',2),('ethnicities','03','Thái',3),
('ethnicities','04','Mường',4),('ethnicities','05','Khmer',5),('ethnicities','06','Hoa',6),
('ethnicities','07','Nùng',7),('ethnicities','08','Mông',8),('ethnicities','09','Dao',9),
('ethnicities','10','Gia Rai',10),('ethnicities','11','Ê Đê',11),('ethnicities','12','Ba Na',12),
('ethnicities','13','Sán Chay',13),('ethnicities','14','Chăm',14),('ethnicities','15','Cơ Ho',15),
('ethnicities','16','Xơ Đăng',16),('ethnicities','17','Sán Dìu',17),('ethnicities','18','Hrê',18),
('ethnicities','19','Ra Glai',19),('ethnicities','20','Mnông',20),('ethnicities','21','Thổ',21),
('ethnicities','22','Xtiêng',22),('ethnicities','23','Khơ Mú',23),('ethnicities','24','Bru Vân Kiều',24),
('ethnicities','25','Cơ Tu',25),('ethnicities','26','Giáy',26),('ethnicities','27','Tà Ôi',27),
('ethnicities','28','Mạ',28),('ethnicities','29','Giẻ Triêng',29),('ethnicities','30','Co',30),
('ethnicities','31','Chơ Ro',31),('ethnicities','32','Xinh Mun',32),('ethnicities','33','Hà Nhì',33),
('ethnicities','34','Chu Ru',34),('ethnicities','35','Lào',35),('ethnicities','36','La Chí',36),
('ethnicities','37','Kháng',37),('ethnicities','38','Phù Lá',38),('ethnicities','39','La Hủ',39),
('ethnicities','40','La Ha',40),('ethnicities','41','Pà Thẻn',41),('ethnicities','42','Lự',42),
('ethnicities','43','Ngái',43),('ethnicities','44','Chứt',44),('ethnicities','45','Lô Lô',45),
('ethnicities','46','Mảng',46),('ethnicities','47','Cơ Lao',47),('ethnicities','48','Bố Y',48),
('ethnicities','49','Cống',49),('ethnicities','50','Si La',50),('ethnicities','51','Pu Péo',51),
('ethnicities','52','Rơ Măm',52),('ethnicities','53','Brâu',53),('ethnicities','54','Ơ Đu',54);

-- Tôn giáo: "Không" (no religion) is a value of its own, so "not declared" (null) and "none" stay apart. The
-- others are the religions recognised by the state (Ban Tôn giáo Chính phủ); the codes are this service's own.
insert into reference_code (list_name, code, name, name_en, sort_order) values
('religions','00','Không','None',0),
('religions','01','Phật giáo','Buddhism',1),
('religions','02','Công giáo','Catholicism',2),
('religions','03','Tin lành','Protestantism',3),
('religions','04','Cao Đài','Caodaism',4),
('religions','05','Phật giáo Hòa Hảo','Hoa Hao Buddhism',5),
('religions','06','Hồi giáo','Islam',6),
('religions','07','Tôn giáo Baha''i','Baha''i Faith',7),
('religions','08','Tịnh độ Cư sĩ Phật hội Việt Nam','Pure Land Lay Buddhist Association',8),
('religions','09','Cơ đốc Phục lâm','Seventh-day Adventism',9),
('religions','10','Phật giáo Tứ Ân Hiếu Nghĩa','Tu An Hieu Nghia Buddhism',10),
('religions','11','Minh Sư đạo','Minh Su Dao',11),
('religions','12','Minh Lý đạo - Tam Tông Miếu','Minh Ly Dao',12),
('religions','13','Bà-la-môn giáo','Brahmanism',13),
('religions','14','Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô','The Church of Jesus Christ of Latter-day Saints',14),
('religions','15','Phật giáo Hiếu Nghĩa Tà Lơn','Hieu Nghia Ta Lon Buddhism',15),
('religions','16','Bửu Sơn Kỳ Hương','Buu Son Ky Huong',16),
('religions','99','Tôn giáo khác','Other religion',99);

-- Trình độ chuyên môn: the highest professional qualification.
insert into reference_code (list_name, code, name, name_en, sort_order) values
('education-levels','TSKH','Tiến sĩ khoa học','Doctor of Science',1),
('education-levels','TS','Tiến sĩ','Doctorate',2),
('education-levels','THS','Thạc sĩ','Master',3),
('education-levels','DH','Đại học','Bachelor',4),
('education-levels','CD','Cao đẳng','College',5),
('education-levels','TC','Trung cấp','Vocational secondary',6),
('education-levels','SC','Sơ cấp','Elementary vocational',7),
('education-levels','KHONG','Chưa qua đào tạo','No professional training',8);

-- Lý luận chính trị.
insert into reference_code (list_name, code, name, name_en, sort_order) values
('political-theory-levels','SO_CAP','Sơ cấp','Elementary',1),
('political-theory-levels','TRUNG_CAP','Trung cấp','Intermediate',2),
('political-theory-levels','CAO_CAP','Cao cấp','Advanced',3),
('political-theory-levels','CU_NHAN','Cử nhân','Bachelor',4);

-- Quản lý nhà nước: the state-management training programme completed, named by the civil-service grade it
-- prepares for (ngạch).
insert into reference_code (list_name, code, name, name_en, sort_order) values
('state-management-grades','CAN_SU','Cán sự và tương đương','Clerk and equivalent',1),
('state-management-grades','CHUYEN_VIEN','Chuyên viên và tương đương','Specialist and equivalent',2),
('state-management-grades','CHUYEN_VIEN_CHINH','Chuyên viên chính và tương đương','Principal specialist and equivalent',3),
('state-management-grades','CHUYEN_VIEN_CAO_CAP','Chuyên viên cao cấp và tương đương','Senior specialist and equivalent',4);
