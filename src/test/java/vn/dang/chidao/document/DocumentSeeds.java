package vn.dang.chidao.document;

import java.time.LocalDate;
import java.util.List;

/** The real documents of shared/seeds as {@link IssuedDocument}s (numbers, dates and deadlines filled in). */
final class DocumentSeeds {

    private DocumentSeeds() {
    }

    /** Công văn of Huyện ủy Bảo Yên, May 2022 (seeds/cong-van-bao-yen-2022.txt). */
    static IssuedDocument congVanBaoYen() {
        return new IssuedDocument("CV", "Công văn", "Đảng bộ tỉnh Lào Cai", "Huyện ủy Bảo Yên", "1759-CV/HU",
                "Bảo Yên", LocalDate.of(2022, 5, 9),
                """
                V/v tăng cường triển khai đợt sinh hoạt
                chính trị gắn với kỷ niệm 132 năm ngày sinh
                Chủ tịch Hồ Chí Minh""",
                List.of("Thời gian qua, thực hiện Hướng dẫn số 39 - HD/HU, ngày 06/5/2022 của Huyện ủy Bảo Yên hướng"
                        + " dẫn “triển khai đợt sinh hoạt chính trị, tư tưởng về xây dựng, chỉnh đốn Đảng, hệ thống"
                        + " chính trị và nội dung tác phẩm “Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội và"
                        + " con đường đi lên chủ nghĩa xã hội ở Việt Nam” của Tổng Bí thư Nguyễn Phú Trọng”, một số"
                        + " chi, đảng bộ trực thuộc Đảng bộ huyện và các cơ quan đã triển khai xây dựng chương trình,"
                        + " kế hoạch tổ chức các hội nghị, tọa đàm để triển khai các nội dung theo hướng dẫn; trang"
                        + " fanpage của huyện đã đăng tải, chia sẻ một số nội dung tin, bài, video clip tuyên truyền"
                        + " về các cuộc hội thảo, tọa đàm khoa học của các cấp nhân dịp kỷ niệm 132 năm ngày sinh"
                        + " Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022) gắn với công tác xây dựng, chỉnh đốn đảng"
                        + " trong giai đoạn hiện nay."),
                """
                Tuy nhiên, còn nhiều chi, đảng bộ trực thuộc, nhiều cơ quan, đơn vị chưa chủ động xây dựng chương \
                trình, kế hoạch để tổ chức đợt sinh hoạt chính trị theo Hướng dẫn số 39 - HD/HU; lượt tương tác, \
                chia sẻ các thông tin trên trang fanpage của huyện còn rất ít.

                Để tiếp tục triển khai sâu rộng, hiệu quả đợt sinh hoạt chính trị, tư tưởng này gắn với Kết luận \
                số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ \
                Chính trị (khóa XII) về đẩy mạnh học tập và làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh; \
                Nghị quyết số 12-NQ/TW, ngày 01/10/2021 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh học tập và làm \
                theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong tình hình mới, Huyện ủy Bảo Yên yêu cầu các \
                chi, đảng bộ trực thuộc, Mặt trận Tổ quốc và các đoàn thể huyện, các cơ quan đơn vị tập trung \
                triển khai một số nhiệm vụ như sau:""",
                List.of("Các chi, đảng bộ trực thuộc", "Các cơ quan tham mưu, giúp việc Huyện ủy",
                        "MTTQ và các đoàn thể huyện", "Các cơ quan trong khối tuyên truyền",
                        "Ban Chỉ đạo 35 huyện"),
                List.of(new NumberedAssignment(1, """
                        Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc và các đoàn thể huyện:
                        Căn cứ Hướng dẫn số 39 - HD/HU, ngày 06/5/2022 của Huyện ủy Bảo Yên xây dựng chương trình, \
                        kế hoạch tổ chức các hội nghị, hội thảo, tọa đàm khoa học với chủ đề và nội dung tác phẩm \
                        “Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội và con đường đi lên chủ nghĩa xã \
                        hội ở Việt Nam”.
                        Chỉ đạo các tổ chức đảng, các tổ chức đoàn, hội trực thuộc triển khai đợt sinh hoạt chính \
                        trị bằng hình thức phù hợp: sinh hoạt chi bộ, hội thảo, tọa đàm, cuộc thi... để tuyên \
                        truyền, giáo dục sâu rộng trong cán bộ, đảng viên, đoàn viên, hội viên.""",
                        "trước ngày 30/5/2022"),
                        new NumberedAssignment(2, """
                                Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện:
                                Chỉ đạo các nhà trường, tổ chức đoàn trực thuộc tập trung triển khai đợt sinh hoạt \
                                chính trị nhân dịp Kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - \
                                19/5/2022) thông qua các buổi sinh hoạt ngoại khóa, tọa đàm, hội thảo, sinh hoạt \
                                chuyên đề.""",
                                "trong tháng 5/2022"),
                        new NumberedAssignment(3, """
                                Các cơ quan trong khối tuyên truyền:
                                Xây dựng kế hoạch, chương trình tuyên truyền sâu rộng về nội dung tác phẩm của Tổng \
                                Bí thư Nguyễn Phú Trọng và chuyên đề học tập và làm theo tư tưởng, đạo đức phong \
                                cách Hồ Chí Minh bằng nhiều hình thức phong phú, đa dạng.""",
                                "thường xuyên"),
                        new NumberedAssignment(4, """
                                Ban Tuyên giáo Huyện ủy, Tổ thư ký giúp việc, đội ngũ Cộng tác viên BCĐ 35 huyện:
                                Tăng cường cập nhật các nội dung thông tin, nhất là các tin, bài, ảnh, video clip \
                                về các cuộc hội thảo, tọa đàm khoa học của các cấp để đăng tải trên trang facebook \
                                Trần Phố Ràng; tổng hợp kết quả báo cáo Ban Thường vụ Huyện ủy.""",
                                "trước ngày 15/6/2022")),
                "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
                List.of("Thường trực HU", "Ban Tuyên giáo HU", "Như kính gửi", "Lưu VT+BTGHU"),
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân");
    }

    /** Kế hoạch of Huyện ủy Bạch Thông, August 2023 (seeds/ke-hoach-bach-thong-2023.txt). */
    static IssuedDocument keHoachBachThong() {
        return new IssuedDocument("KH", "Kế hoạch", "Đảng bộ tỉnh Bắc Kạn", "Huyện ủy Bạch Thông", "152-KH/HU",
                "Bạch Thông", LocalDate.of(2023, 8, 4),
                """
                triển khai đợt sinh hoạt chính trị, tư tưởng
                Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên
                (22/9/1943 - 22/9/2023)""",
                List.of("Thực hiện Hướng dẫn số 41-HD/BTGTU, ngày 24 tháng 7 năm 2023 của Ban Tuyên giáo Tỉnh ủy về"
                        + " triển khai đợt sinh hoạt chính trị, tư tưởng Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí"
                        + " Kiên (22/9/1943-22/9/2023), Thường trực Huyện ủy xây dựng kế hoạch triển khai đợt sinh"
                        + " hoạt chính trị, tư tưởng trong toàn Đảng bộ nhân dịp Kỷ niệm 80 năm Ngày thành lập Chi"
                        + " bộ Chí Kiên (22/9/1943-22/9/2023), cụ thể như sau:"),
                """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                Nhằm giúp cho cán bộ, đảng viên và các tầng lớp Nhân dân nhận thức sâu sắc hơn nữa về sự kiện lịch \
                sử thành lập Chi bộ Chí Kiên - Chi bộ Đảng đầu tiên của tỉnh Bắc Kạn và truyền thống vẻ vang của \
                Đảng bộ qua 80 năm xây dựng và trưởng thành; khích lệ, động viên cán bộ, đảng viên, đoàn viên, hội \
                viên và Nhân dân thi đua trong lao động, sản xuất, công tác, học tập, tích cực đóng góp cho sự phát \
                triển của tỉnh; góp phần tạo sự đoàn kết, thống nhất trong toàn Đảng bộ và hệ thống chính trị.
                2. Yêu cầu
                Việc triển khai đợt sinh hoạt chính trị, tư tưởng cần được tiến hành thường xuyên, sâu rộng tới chi \
                bộ, cơ quan, đơn vị, thôn, tổ dân phố với nhiều hình thức phong phú, đa dạng, sáng tạo, hiệu quả.

                II. NỘI DUNG
                1. Đẩy mạnh công tác tuyên truyền: Tuyên truyền bằng nhiều hình thức phù hợp, trọng tâm, trọng điểm \
                (theo Hướng dẫn số 17-HD/BTGHU ngày 12/7/2023 của Ban Tuyên giáo Huyện ủy về tuyên truyền kỷ niệm \
                80 năm Ngày thành lập Chi bộ Chí Kiên (22/9/1943-22/9/2023).
                2. Tổ chức sinh hoạt chính trị, tư tưởng
                2.1. Nội dung sinh hoạt chính trị, tư tưởng: Bám sát đề cương tuyên truyền (tại Hướng dẫn số \
                17-HD/BTGHU, ngày 12/7/2023 của Ban Tuyên giáo Huyện ủy).
                2.2. Hình thức sinh hoạt chính trị, tư tưởng
                - Chú trọng việc đưa nội dung tuyên truyền, ôn lại truyền thống lịch sử thành lập Chi bộ Chí Kiên \
                vào nội dung sinh hoạt của cấp ủy, chi bộ, đoàn thể; các cuộc họp chuyên môn, thôn, tổ dân phố.
                - Tổ chức tọa đàm, giao lưu, gặp mặt, nói chuyện truyền thống, các hoạt động “Đền ơn đáp nghĩa”, \
                “Uống nước nhớ nguồn”,... phù hợp với địa phương, đơn vị.
                2.3. Đối tượng: Tổ chức sinh hoạt chính trị, tư tưởng tới toàn thể cán bộ, đảng viên, đoàn viên, \
                hội viên, học sinh, học viên và tuyên truyền tới mọi tầng lớp Nhân dân trên địa bàn huyện.
                III. TỔ CHỨC THỰC HIỆN""",
                List.of(),
                List.of(new NumberedAssignment(1, """
                        Các chi, đảng bộ trực thuộc Huyện ủy
                        - Chỉ đạo triển khai đợt sinh hoạt chính trị, tư tưởng này gắn với nội dung về xây dựng, \
                        chỉnh đốn Đảng và hệ thống chính trị; chú trọng liên hệ sâu sắc với thực tiễn của cơ quan, \
                        địa phương, đơn vị.
                        - Chỉ đạo Ban Tuyên giáo Đảng ủy giúp cấp ủy theo dõi, đôn đốc, kiểm tra, giám sát việc \
                        triển khai thực hiện.""", "trong tháng 8/2023"),
                        new NumberedAssignment(2, """
                                Ủy ban nhân dân huyện
                                Chỉ đạo các cơ quan thông tin tuyên truyền của huyện tuyên truyền sâu rộng về sự \
                                kiện thành lập Chi bộ Chí Kiên và truyền thống vẻ vang của Đảng bộ qua 80 năm xây \
                                dựng và trưởng thành.""", "trước ngày 22/9/2023"),
                        new NumberedAssignment(3, """
                                Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện
                                Xây dựng kế hoạch, tổ chức đợt sinh hoạt chính trị, tư tưởng bằng các hình thức \
                                phù hợp đến hội viên, đoàn viên và các tầng lớp Nhân dân.""", "trong quý III năm 2023"),
                        new NumberedAssignment(4, """
                                Trung tâm Chính trị huyện: Lựa chọn hình thức phù hợp (sinh hoạt chuyên đề, thảo \
                                luận, tọa đàm...) đưa vào các chương trình bồi dưỡng lý luận chính trị của Trung \
                                tâm.""", "thường xuyên"),
                        new NumberedAssignment(5, """
                                Ban Tuyên giáo Huyện ủy
                                Theo dõi, đôn đốc, kiểm tra việc triển khai thực hiện đợt sinh hoạt chính trị, tư \
                                tưởng trong Đảng bộ; tổng hợp, báo cáo Thường trực Huyện ủy.""",
                                "trước ngày 15/12/2023")),
                "Trên đây là Kế hoạch triển khai đợt sinh hoạt chính trị, tư tưởng nhân Kỷ niệm 80 năm Ngày thành"
                        + " lập Chi bộ Chí Kiên. Thường trực Huyện ủy yêu cầu các cấp ủy, địa phương, đơn vị quan"
                        + " tâm triển khai thực hiện.",
                List.of("Gửi bản điện tử:", "Ban Tuyên giáo Tỉnh ủy", "Thường trực Huyện ủy", "Lãnh đạo UBND huyện",
                        "Các cơ quan tham mưu, giúp việc Huyện ủy", "Trung tâm Chính trị huyện",
                        "Các chi, đảng bộ trực thuộc", "Ủy ban MTTQ và các đoàn thể huyện",
                        "Phòng VH-TT, Trung tâm Văn hóa, TT-TT huyện", "Các đồng chí Huyện ủy viên",
                        "Lưu Văn phòng Huyện ủy"),
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thanh Hà");
    }

    /**
     * Công văn of the Ban Tuyên giáo Thành ủy Bắc Kạn, March 2024 (seeds/cong-van-bac-kan-2024.txt), shortened: the
     * header lines as the directory holds them for a Ban (its cấp ủy, then the Ban), one task per unit.
     */
    static IssuedDocument congVanBacKan() {
        return new IssuedDocument("CV", "Công văn", "Thành ủy Bắc Kạn", "Ban Tuyên giáo", "405-CV/BTGTU",
                "TP. Bắc Kạn", LocalDate.of(2024, 3, 20),
                """
                Tiếp tục thực hiện có hiệu quả
                việc học tập và làm theo tư tưởng,
                đạo đức, phong cách Hồ Chí Minh""",
                List.of(),
                "Căn cứ Kế hoạch số 215-KH/TU ngày 23/02/2024 của Ban Thường vụ Thành ủy về việc học tập và làm theo"
                        + " tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024, 2025; Ban Tuyên giáo Thành ủy đề nghị"
                        + " các địa phương, đơn vị tập trung một số nội dung sau:",
                List.of("Các chi, đảng bộ trực thuộc Thành ủy",
                        "Trung tâm Văn hóa Thể thao và Truyền thông thành phố"),
                List.of(new NumberedAssignment(1, """
                        Các chi, đảng bộ trực thuộc
                        - Các cấp ủy triển khai xây dựng kế hoạch (đối với tập thể) và xây dựng bản cam kết (đối với \
                        cá nhân) học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh xong trước ngày 30/3 \
                        hằng năm.""", "trước ngày 30/3 hằng năm"),
                        new NumberedAssignment(2, """
                                Trung tâm Văn hóa, Thể thao và Truyền thông, Công thông tin điện tử thành phố
                                Đẩy mạnh công tác tuyên truyền thực hiện chuyên đề năm 2024, 2025 gắn với tuyên \
                                truyền các phong trào thi đua yêu nước.""", "thường xuyên")),
                "(Có Hướng dẫn số 10-HD/TU ngày 01/8/2019, Công văn số 151-CV/TU ngày 08/3/2021 của Ban Thường vụ"
                        + " Thành ủy gửi kèm).",
                List.of("Gửi bản điện tử:", "Như trên", "Thường trực Thành ủy (b/c)", "Lưu BTG"),
                null, "Trưởng ban", "Phạm Quyết Chiến");
    }

    /** The same document issued on another day. */
    static IssuedDocument issuedOn(IssuedDocument d, LocalDate day) {
        return new IssuedDocument(d.typeCode(), d.typeName(), d.superiorName(), d.issuerName(), d.documentNumber(),
                d.placeName(), day, d.subject(), d.basis(), d.body(), d.recipients(), d.assignments(), d.closing(),
                d.distribution(), d.signingAuthority(), d.signerPosition(), d.signerName());
    }
}
