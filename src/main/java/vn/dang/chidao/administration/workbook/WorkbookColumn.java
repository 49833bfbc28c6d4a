package vn.dang.chidao.administration.workbook;

/**
 * The columns of each sheet: header as the user reads it, whether a row needs it, what it holds (the header's note
 * and the guide sheet), and the dropdown list it takes its values from, if any. The import finds columns by header,
 * in any order.
 */
public enum WorkbookColumn {
    UNIT_CODE(WorkbookSheet.UNITS, "Mã đơn vị", true, null,
            "Mã duy nhất, cũng là mã nhóm trong hệ thống: chữ không dấu, số và dấu gạch ngang, tối đa 48 ký tự "
            + "(ví dụ hu-bao-yen)."),
    UNIT_NAME(WorkbookSheet.UNITS, "Tên đơn vị", true, null, "Tên đầy đủ, ví dụ Huyện ủy Bảo Yên."),
    UNIT_PARENT(WorkbookSheet.UNITS, "Mã đơn vị cấp trên", false, null,
            "Mã của đơn vị cấp trên (trong tệp hoặc đã có); để trống với đơn vị gốc. Dòng cấp trên có thể đứng sau."),
    UNIT_KIND(WorkbookSheet.UNITS, "Loại", false, WorkbookValues.Lists.UNIT_KINDS,
            "Loại tổ chức; các nhóm Kính gửi chọn đơn vị theo loại."),
    UNIT_BODY_KIND(WorkbookSheet.UNITS, "Kiểu cơ quan ký", false, WorkbookValues.Lists.BODY_KINDS,
            "Cấp ủy (ký T/M tập thể) hoặc Ban (Trưởng ban ký); để trống: Ban với loại cơ quan tham mưu, giúp việc, "
            + "còn lại Cấp ủy."),
    UNIT_SYMBOL(WorkbookSheet.UNITS, "Ký hiệu", false, null,
            "Ký hiệu trong số văn bản, ví dụ HU, BTGHU; bắt buộc với đơn vị được ban hành."),
    UNIT_PLACE(WorkbookSheet.UNITS, "Địa danh", false, null, "Địa danh ở dòng ngày tháng, ví dụ Bảo Yên."),
    UNIT_HEADER_NAME(WorkbookSheet.UNITS, "Dòng trên của tiêu đề", false, null,
            "Dòng cơ quan cấp trên ở tiêu đề văn bản, ví dụ ĐẢNG BỘ TỈNH LÀO CAI."),
    UNIT_HEADER_ISSUER(WorkbookSheet.UNITS, "Dòng tên cơ quan", false, null,
            "Dòng tên cơ quan ban hành ở tiêu đề, ví dụ HUYỆN ỦY BẢO YÊN; để trống: in tên đơn vị."),
    UNIT_EMAIL(WorkbookSheet.UNITS, "Thư điện tử", false, null, "Địa chỉ nhận thông báo của đơn vị."),
    UNIT_CAN_ISSUE(WorkbookSheet.UNITS, "Được ban hành", false, WorkbookValues.Lists.YES_NO,
            "Có: đơn vị ban hành văn bản (có văn phòng, lãnh đạo ký, văn thư). Để trống: Không."),
    UNIT_COLLECTIVE(WorkbookSheet.UNITS, "Tập thể ký thay mặt", false, null,
            "Tập thể lãnh đạo ký T/M, ví dụ ĐẢNG ỦY; để trống: BAN THƯỜNG VỤ."),
    UNIT_ACTIVE(WorkbookSheet.UNITS, "Đang hoạt động", false, WorkbookValues.Lists.YES_NO,
            "Không: đơn vị đã đóng. Để trống: Có."),

    GROUP_CODE(WorkbookSheet.GROUPS, "Mã nhóm", true, null,
            "Mã duy nhất của nhóm, chữ không dấu, số, dấu gạch ngang và gạch dưới, ví dụ hu-bao-yen_chi-dang-bo."),
    GROUP_NAME(WorkbookSheet.GROUPS, "Tên nhóm", true, null,
            "Tên in ở Kính gửi, ví dụ Các chi, đảng bộ trực thuộc."),
    GROUP_OWNER(WorkbookSheet.GROUPS, "Cơ quan", true, null,
            "Mã cấp ủy dùng nhóm (các Ban của cấp ủy dùng chung)."),
    GROUP_KINDS(WorkbookSheet.GROUPS, "Loại đơn vị thành viên", false, WorkbookValues.Lists.UNIT_KINDS,
            "Mọi đơn vị trực thuộc cơ quan có loại này là thành viên; nhiều loại cách nhau bằng dấu chấm phẩy (;)."),
    GROUP_MEMBERS(WorkbookSheet.GROUPS, "Đơn vị thành viên", false, null,
            "Mã các đơn vị thành viên thêm vào, cách nhau bằng dấu chấm phẩy (;)."),

    SIGNER_USER(WorkbookSheet.SIGNERS, "Tài khoản", true, null,
            "Tên đăng nhập của người ký; tài khoản phải có sẵn trong hệ thống."),
    SIGNER_ISSUER(WorkbookSheet.SIGNERS, "Cơ quan", true, null, "Mã đơn vị được ban hành mà người này ký."),
    SIGNER_POSITION(WorkbookSheet.SIGNERS, "Chức vụ", true, WorkbookValues.Lists.POSITIONS,
            "Chức vụ in ở khối chữ ký."),
    SIGNER_AUTHORITY(WorkbookSheet.SIGNERS, "Hình thức ký", false, WorkbookValues.Lists.AUTHORITIES,
            "T/M, K/T, T/L, T/UQ hoặc Ký tên cơ quan; để trống: theo chức vụ (Bí thư T/M, Phó Trưởng ban K/T …)."),

    TERM_ISSUER(WorkbookSheet.TERMS, "Cơ quan", true, null, "Mã đơn vị được ban hành."),
    TERM_NAME(WorkbookSheet.TERMS, "Tên nhiệm kỳ", true, null, "Ví dụ 2025-2030."),
    TERM_FROM(WorkbookSheet.TERMS, "Từ ngày", true, null, "Ngày bắt đầu, dạng ngày/tháng/năm."),
    TERM_TO(WorkbookSheet.TERMS, "Đến ngày", true, null,
            "Ngày kết thúc, dạng ngày/tháng/năm; các nhiệm kỳ của một cơ quan không được trùng thời gian.");

    private final WorkbookSheet sheet;
    private final String header;
    private final boolean required;
    private final WorkbookValues.Lists list;
    private final String help;

    WorkbookColumn(WorkbookSheet sheet, String header, boolean required, WorkbookValues.Lists list, String help) {
        this.sheet = sheet;
        this.header = header;
        this.required = required;
        this.list = list;
        this.help = help;
    }

    public WorkbookSheet sheet() {
        return sheet;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public WorkbookValues.Lists list() {
        return list;
    }

    public String help() {
        return help;
    }
}
