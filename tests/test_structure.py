"""Article structure: published, author, title, and the zones facts are filtered by."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.doc import Doc
from pipeline.structure import stage

BODY = ("Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW "
        "ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng về công tác dân vận trong tình hình mới.")


def structured(text: str, meta: dict | None = None) -> Doc:
    doc = Doc(id="t", raw=unicodedata.normalize("NFC", text), meta=dict(meta or {}))
    stage(doc)
    for z in doc.zones:
        assert doc.text[z.start:z.end] == z.text and z.text == z.text.strip()
        assert z.label in ("title", "dateline", "byline", "furniture", "caption")
    for a, b in zip(doc.zones, doc.zones[1:]):
        assert a.end <= b.start, (a, b)
    return doc


def zones(doc: Doc, label: str) -> list[str]:
    return [z.text for z in doc.zones if z.label == label]


# ---------------------------------------------------------------- published

@pytest.mark.parametrize("head,published", [
    ("Print Thứ Năm, 12/10/2023 17:55 Gốc", "2023-10-12T17:55"),
    ("Thứ Hai, 05/11/2023 - 08:15", "2023-11-05T08:15"),
    ("Cập nhật: 12/10/2023 17:55", "2023-10-12T17:55"),
    ("Ngày đăng: 03/06/2013", "2013-06-03"),
    ("12/10/2023 | 17:55", "2023-10-12T17:55"),
    ("Chủ nhật, ngày 5/11/2023", "2023-11-05"),
    ("Cập nhật lúc 17:55 12/10/2023", "2023-10-12T17:55"),
    ("Thứ Năm, ngày 12 tháng 10 năm 2023", "2023-10-12"),
])
def test_published_from_the_dateline(head, published):
    doc = structured(f"{head}\n\n{BODY}\n")
    assert doc.meta["published"] == published
    assert len(zones(doc, "dateline")) == 1


@pytest.mark.parametrize("text", [
    f"Hội nghị tổng kết công tác dân vận\n{BODY}",
    "Các bệnh viện thuộc Hà Nội sẽ tăng viện phí từ 1-8-2017\nNếu được HĐND TP Hà Nội thông qua tại kỳ họp thứ 4.",
    "Từ 12/02/2018, bán xe máy không phải thông báo với công an.\nĐây là nội dung mới của Thông tư 64/2017.",
    "Trạm thu phí đi vào hoạt động từ 0h00 ngày 1/1/2017 sau rất nhiều tranh cãi về mức độ hợp lý.",
])
def test_no_dateline_no_published(text):
    doc = structured(text)
    assert doc.meta["published"] is None and zones(doc, "dateline") == []


def test_published_from_a_date_line_at_the_end():
    text = f"Tiêu đề bài báo\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nHoàng Tùng\n12/10/2023\n"
    assert structured(text).meta["published"] == "2023-10-12"


def test_breadcrumb_is_furniture_and_the_title_follows():
    doc = structured(f"Trang chủ > Tin tức > Thời sự\nQuận ủy Lê Chân tổng kết công tác dân vận\n{BODY}")
    assert zones(doc, "furniture") == ["Trang chủ > Tin tức > Thời sự"]
    assert doc.meta["title"] == "Quận ủy Lê Chân tổng kết công tác dân vận"


def test_site_name_and_menu_lines_are_furniture():
    doc = structured(f"Cổng thông tin điện tử tỉnh Quảng Ninh\nTrang chủ\nTin tức - Sự kiện\n"
                     f"Quận ủy Lê Chân tổng kết công tác dân vận\n{BODY}\nGiới thiệu sách mới của Nhà xuất bản.")
    assert zones(doc, "furniture") == ["Cổng thông tin điện tử tỉnh Quảng Ninh", "Trang chủ", "Tin tức - Sự kiện"]
    assert doc.meta["title"] == "Quận ủy Lê Chân tổng kết công tác dân vận"
    assert doc.zone_of(doc.text.index("Giới thiệu sách")) == "body"


def test_published_passed_in_is_kept_when_the_text_has_none():
    doc = structured(f"Tiêu đề bài báo\n{BODY}", {"published": "2023-10-12"})
    assert doc.meta["published"] == "2023-10-12"


# ---------------------------------------------------------------- title

@pytest.mark.parametrize("text,title", [
    (f"Tranh cãi việc thu phí xe dưới 12 chỗ tại trạm BOT Kiến Xương\n{BODY}",
     "Tranh cãi việc thu phí xe dưới 12 chỗ tại trạm BOT Kiến Xương"),
    (f"Những chính sách nổi bật có hiệu lực từ tháng 2/2018.\n{BODY}",
     "Những chính sách nổi bật có hiệu lực từ tháng 2/2018"),
    (" Đề nghị UBND TPHCM hủy bỏ 8 văn bản trái luật (NLĐ) - Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp "
     "vừa gửi Công văn 18/KtrVB đến UBND TPHCM đề nghị kiểm tra và hủy bỏ một phần nội dung trái pháp luật.\nCác văn bản này gồm.",
     "Đề nghị UBND TPHCM hủy bỏ 8 văn bản trái luật"),
    (" Khu vực nào được phân lô bán nền? Theo Nghị định 17, các dự án kinh doanh nhà ở tại các khu vực đô thị "
     "sẽ không được phân lô bán nền trong thời gian tới theo quy định mới của Chính phủ.\nKiểm soát việc phân lô",
     "Khu vực nào được phân lô bán nền?"),
    (" Sẽ di dời 500 hộ để xây bờ kè kênh Tẻ Các hộ dân không quen điều kiện sống tạm cư đã kéo nhau về che lều "
     "sống và buôn bán tại khu vực bị cháy trong nhiều ngày qua mà chưa có phương án hỗ trợ.\nNhư Báo đã thông tin.",
     "Sẽ di dời 500 hộ để xây bờ kè kênh Tẻ"),
    (f"Print Thứ Năm, 12/10/2023 17:55 Gốc\n\nQuận ủy Lê Chân tổng kết công tác dân vận\n\n{BODY}",
     "Quận ủy Lê Chân tổng kết công tác dân vận"),
    # a headline run on into its lead or photo caption on one line ends where a capitalized
    # word that is no name, body or office follows a lower-case word
    (" Khu tái định cư bỏ hoang Xây xong từ năm 2010, đến nay khu tái định cư ở phường Tân Phú, quận 7 vẫn "
     "chưa có người ở, cỏ mọc um tùm và nhiều hạng mục đã xuống cấp nghiêm trọng.\nCác hộ dân cho biết.",
     "Khu tái định cư bỏ hoang"),
    (" Thủ tướng yêu cầu làm rõ sai phạm tại dự án nhà máy thép Ngay sau khi nhận được báo cáo của Thanh tra "
     "Chính phủ, Thủ tướng đã có ý kiến chỉ đạo các bộ, ngành liên quan xử lý dứt điểm.\nTheo đó.",
     "Thủ tướng yêu cầu làm rõ sai phạm tại dự án nhà máy thép"),
    # a short headline (under fifteen characters) run on into its lead
    (" Cầu treo bỏ dở Khởi công từ năm 2015, đến nay cây cầu treo nối hai bờ sông ở xã Sơn Kim vẫn nằm "
     "trơ khung sắt, người dân phải đi đò qua sông, như lời kể của ông Lâm:\n“Mùa lũ là không đi được”.",
     "Cầu treo bỏ dở"),
    (" “Dân chủ, kỷ cương, đoàn kết” Công nhân nhà máy in tham gia hội thi tay nghề năm nay với "
     "nhiều sáng kiến cải tiến kỹ thuật được ban giám khảo đánh giá rất cao.\nHội thi.",
     "“Dân chủ, kỷ cương, đoàn kết”"),
    # a headline run on into its photo caption and credit: the caption may open with an office
    (" Thành phố đẩy nhanh tiến độ chống ngập mùa mưa Phó Chủ tịch UBND thành phố kiểm tra công trình "
     "cống ngăn triều trên sông Sài Gòn Ảnh: T.Minh\nChiều 5-6, đoàn công tác đã kiểm tra.",
     "Thành phố đẩy nhanh tiến độ chống ngập mùa mưa"),
    (" Người dân vùng lũ sớm ổn định cuộc sống Lễ trao nhà tình nghĩa cho các hộ nghèo huyện miền núi "
     "Ảnh: TTXVN\nSáng 5-6, tỉnh đã tổ chức trao nhà.",
     "Người dân vùng lũ sớm ổn định cuộc sống"),
    # a caption before the lead's opener: the headline ends where the caption starts
    (" Không để dịch bệnh lan rộng ra các xã Cán bộ thú y phun thuốc khử trùng tại chợ đầu mối của huyện "
     "Ảnh: N.Hữu Chiều 9-11, Ban Chỉ đạo phòng chống dịch đã họp khẩn với các địa phương.\nTheo đó.",
     "Không để dịch bệnh lan rộng ra các xã"),
    # where someone stands in the photo marks a caption: it opens at that person's form of address
    (" Kỷ niệm 60 năm ngày thành lập Hội Nông dân Ông Trần Văn Hải (thứ hai từ trái sang) nhận kỷ niệm "
     "chương - Ảnh: H.Lam (NLĐ)- Sáng 12-3, Hội Nông dân huyện đã tổ chức lễ kỷ niệm.\nTheo đó.",
     "Kỷ niệm 60 năm ngày thành lập Hội Nông dân"),
    (" Quan hệ hữu nghị hai nước ngày càng bền chặt Ngài Somsak Phomvihane (bìa trái) trò chuyện với "
     "các đại biểu\nChiều 4-5, tại Hà Nội, đoàn đại biểu đã đến thăm.",
     "Quan hệ hữu nghị hai nước ngày càng bền chặt"),
    # … or where an office opens it
    (" Hội đồng nhân dân đổi mới hoạt động chất vấn Phó Chủ tịch HĐND tỉnh Lê Văn Nam (giữa) trao đổi "
     "với cử tri\nSáng 2-6, kỳ họp thứ 5 đã khai mạc.",
     "Hội đồng nhân dân đổi mới hoạt động chất vấn"),
    # a caption closed by its credit, on a line that ends as a lead paragraph does: an
    # office opens the caption after a lower-case word
    (" Đẩy mạnh cải cách thủ tục hành chính ở cơ sở Bộ trưởng Bộ Nội vụ phát biểu tại hội nghị trực tuyến "
     "với các tỉnh phía Bắc Ảnh: TTXVN Cải cách thủ tục hành chính được xác định là khâu đột phá của "
     "giai đoạn tới, các địa phương phải công khai mọi thủ tục tại bộ phận một cửa.\nTheo đó.",
     "Đẩy mạnh cải cách thủ tục hành chính ở cơ sở"),
    # a caption before the paper's tag: it ends with a full stop, and opens with a person
    # named with a form of address after any word
    (" Phát huy truyền thống quê hương Cách mạng Ông Nguyễn Văn Bảy, Bí thư Huyện ủy tặng quà các gia đình "
     "chính sách. (NLĐO)- Buổi họp mặt đã diễn ra vào sáng 3-2 tại nhà văn hóa huyện với đông đảo bà con.\nTheo đó.",
     "Phát huy truyền thống quê hương Cách mạng"),
    (" Mít tinh kỷ niệm ngày truyền thống lực lượng thanh niên xung phong Đồng chí Trần Văn Nam, Phó Bí thư "
     "Thành ủy phát biểu tại buổi lễ Ảnh: H.Lam (NLĐ) - Sáng 5-3, hơn 500 cựu thanh niên xung phong đã về dự.\nTheo đó.",
     "Mít tinh kỷ niệm ngày truyền thống lực lượng thanh niên xung phong"),
    # the run before the paper's tag too long for a headline: it holds a caption
    (" Nâng chất lượng đảng viên ở khu vực ngoài quốc doanh Đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ khối "
     "doanh nghiệp quận 3 (NLĐ) - Quận ủy vừa tổng kết công tác xây dựng Đảng năm 2005.\nTheo đó.",
     "Nâng chất lượng đảng viên ở khu vực ngoài quốc doanh"),
    # … but with no photo credit, an office of several capitalized words stays in the headline
    (" Ông Trần Văn Bình nhận nhiệm vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ mới Lễ trao quyết định diễn ra tại "
     "hội trường tỉnh (NLĐ) - Sáng 5-3, Thường trực Tỉnh ủy đã trao quyết định điều động cán bộ.\nTheo đó.",
     "Ông Trần Văn Bình nhận nhiệm vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ mới"),
    # … nor one that a word qualifies ("cố", "nguyên")
    (" Khánh thành nhà lưu niệm cố Chủ tịch nước Tôn Đức Thắng tại quê nhà Học sinh các trường trong huyện "
     "đến dâng hương tưởng niệm Ảnh: T.Minh Sáng 20-8, tỉnh đã tổ chức lễ khánh thành công trình.\nTheo đó.",
     "Khánh thành nhà lưu niệm cố Chủ tịch nước Tôn Đức Thắng tại quê nhà"),
    # a dated day part after a word opens the lead ("… khóa X Sáng nay 20-3, …")
    (" Bế mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XV Sáng nay 20-3, Hội nghị lần thứ 9 Ban Chấp hành Đảng "
     "bộ tỉnh đã bế mạc sau ba ngày làm việc khẩn trương, nghiêm túc.\nTheo đó.",
     "Bế mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XV"),
    # an editor's note ("LTS:") opens the lead, after a caption
    (" Kiên quyết chống lãng phí trong đầu tư công Thủ tướng thăm công trình thủy lợi ở Tây Nguyên năm 2004 "
     "LTS: Quốc hội đang thảo luận dự án luật về thực hành tiết kiệm, chống lãng phí trong đầu tư.\nTheo đó.",
     "Kiên quyết chống lãng phí trong đầu tư công"),
    # a caption that opens with a person named with a form of address, with no credit after it
    (" Nhiều bất cập trong quản lý vốn vay ưu đãi Bà Lê Thị Hoa Việc giải ngân vốn vay ưu đãi ở nhiều địa "
     "phương còn chậm, thủ tục rườm rà khiến người dân phải đi lại nhiều lần mới được vay vốn.\nTheo đó.",
     "Nhiều bất cập trong quản lý vốn vay ưu đãi"),
    # "Vào" with a time or a date opens the lead
    (" 10 gương mặt trẻ tiêu biểu năm 2005 ( Báo Tuổi Trẻ bình chọn ) Vào 20h ngày 26/3, lễ tuyên dương "
     "các gương mặt trẻ tiêu biểu đã diễn ra trọng thể tại Nhà hát Lớn Hà Nội với sự tham dự của nhiều đại biểu.\nTheo đó.",
     "10 gương mặt trẻ tiêu biểu năm 2005 ( Báo Tuổi Trẻ bình chọn )"),
    # a short headline that opens with a date, as a lead does, but ends with no full stop
    (f"Ngày 12/3 khai mạc kỳ họp HĐND tỉnh\n{BODY}", "Ngày 12/3 khai mạc kỳ họp HĐND tỉnh"),
    (f"Sáng 5-6, Hà Nội công bố kết luận thanh tra đất đai\n{BODY}", "Sáng 5-6, Hà Nội công bố kết luận thanh tra đất đai"),
])
def test_title(text, title):
    doc = structured(text)
    assert doc.meta["title"] == title
    assert zones(doc, "title") and zones(doc, "title")[0].startswith(title)


@pytest.mark.parametrize("text", [
    f"Print Thứ Năm, 12/10/2023 17:55 Gốc\n\n{BODY} {BODY}\n\nTới dự có đồng chí Lê Trí Vũ.",
    BODY,
    # a lead paragraph on the first line, with no headline before it
    "Sáng 24/3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết công tác năm và triển khai "
    "nhiệm vụ năm tới Hội nghị đã nghe báo cáo của các địa phương.\nTheo đó.",
    # a short lead sentence: it ends with a full stop
    f"Chiều 12/10, Quận ủy tổ chức hội nghị tổng kết.\n{BODY}",
])
def test_no_title(text):
    assert structured(text).meta["title"] is None


# ---------------------------------------------------------------- author

@pytest.mark.parametrize("tail,author", [
    ("\n\nHoàng Tùng\n\nTiện ích thông tin\nQR Code\nTin khác\nBài cũ hơn", "Hoàng Tùng"),
    (" cho Thanh Nê và xã Bình Minh./. Hoàng Hưng/VTC News ", "Hoàng Hưng"),
    (" theo các quy định tại Nghị định số 87/2015/NĐ-CP. Bích Thảo ", "Bích Thảo"),
    ("\nCự Giải ( T/h ) Năm lần bảy lượt cấp cứu vì đau dạ dày, tôi đã tìm ra giải pháp\n", "Cự Giải"),
    ("\nNhã Phương (Tổng hợp)\n", "Nhã Phương"),
    (" quy định mới có hiệu lực từ đầu năm. Minh Anh - TTXVN", "Minh Anh"),
    ("\nPHÙNG BẮC\n", "PHÙNG BẮC"),
    ("\nBài và ảnh: Nguyễn Văn Hùng\n", "Nguyễn Văn Hùng"),
    ("\nThu Hà (Trung tâm Văn hóa - Thông tin huyện)\n", "Thu Hà"),
    # Trường is a given name as well as "school"
    (" để rà soát, báo cáo kết quả trước ngày 30/6. Trường Giang ", "Trường Giang"),
    # "Theo <reporter> <site>": the site's domain is the agency
    ("\nTheo Minh Châu vneconomy.vn\n", "Minh Châu"),
    ("\nTheo Ngọc Hà - laodong.vn\n", "Ngọc Hà"),
    # initials before the given name; "ghi"/"thực hiện" after the name
    (" chiếm tỉ lệ 4,2%). T.Hương", "T.Hương"),
    ("\nHồng Nhung ghi\n", "Hồng Nhung"),
    ("\nMinh Khôi thực hiện\n", "Minh Khôi"),
    # a reader's letter: the name in capitals (NGUYỄN has eight code points decomposed) and the place
    (" mong cơ quan chức năng xem xét. TRẦN NGUYỄN BÌNH (xã Tân Hà, huyện Lâm Hà)", "TRẦN NGUYỄN BÌNH"),
    # after a bracket that closes the body; with a title before the name; with the agency cut off
    (" tại nhiều sở, ngành...  (Xem tiếp)  Thanh Tùng ", "Thanh Tùng"),
    (" sự nghiệp đổi mới. PGS.TS Nguyễn Văn Hòa ", "Nguyễn Văn Hòa"),
    (" đời sống nhân dân. Quang Minh - ", "Quang Minh"),
    (" cuộc họp. THU HIỀN (ghi) ", "THU HIỀN"),
    # co-authors joined by a dash are the author as written; a paper or a province after the dash is not
    (" hoạt động của các hợp tác xã. N.Lan-T.Hòa ghi ", "N.Lan-T.Hòa"),
    ("\nThanh Tâm - Hoài Nam\n", "Thanh Tâm - Hoài Nam"),
    (" các hộ dân đã nhận tiền bồi thường. Bảo Ngọc – Minh Thư/Báo Tin Tức ", "Bảo Ngọc – Minh Thư"),
    (" sẽ được triển khai trong quý tới. T.Lâm - K.Oanh ", "T.Lâm - K.Oanh"),
    (" thời hạn nộp hồ sơ kéo dài đến cuối tháng. Hải Yến -Q.Trung", "Hải Yến -Q.Trung"),
    (" theo đúng quy định. Minh Đức - Thanh Niên ", "Minh Đức"),
    (" theo đúng quy định. Minh Đức - Hà Nội ", "Minh Đức"),
    # labels and compile notes in other spellings
    (" bảo đảm an toàn cho người dân. Tin-ảnh: H.Vy", "H.Vy"),
    (" bảo đảm an toàn cho người dân. Bài - ảnh: Lan Hương", "Lan Hương"),
    (" theo ý kiến của các chuyên gia. Lê Hồng Phúc (t.h)", "Lê Hồng Phúc"),
    ("\nMai Hương (t/h) Đức Anh\n", "Mai Hương"),    # a byline pasted twice
    (" tình trạng tương tự cũng xảy ra ở xã bên. Mai Lan Mai Lan ", "Mai Lan"),
    # two or three initials alone sign a short report
    (" đã được gửi tới các cơ quan liên quan. N.T.H ", "N.T.H"),
    (" đã được gửi tới các cơ quan liên quan. M.P ", "M.P"),
    ("\nViệc đăng ký xe thực hiện theo quy định mới.\nH.N\n", "H.N"),
    (" ý kiến phản ánh cần được xử lý nghiêm túc”. N.H - P.D ", "N.H - P.D"),
    # a lone given name above the line naming the paper the piece is taken from
    ("\nNhiều nước châu Âu cũng áp dụng cách làm này.\nLinh.\n(Theo Reuters)\n", "Linh"),
    # the comment box and the related links after the byline are furniture
    ("\nThu Trang\nÝ kiến của bạn: \nGiá xăng giảm lần thứ ba(12/05/2005)\nXem tiếp\n", "Thu Trang"),
    # a compile note, or the source, after the name
    ("\nK.Linh tổng hợp từ Tuổi Trẻ, VTV\n", "K.Linh"),
    ("\nHoài Nam Theo Reuters\n", "Hoài Nam"),
    # the writer's institution or office after the name, a military rank before it
    (" giữ vững độc lập, chủ quyền quốc gia”. Trần Văn Hải, Viện Nghiên cứu lập pháp", "Trần Văn Hải"),
    (" vì nhân dân phục vụ. Trung tướng PGS.TS Lê Văn Minh - Phó Giám đốc Học viện Quốc phòng", "Lê Văn Minh"),
    # "Theo <reporter> <paper>": the paper a capitalized word and lower-case ones
    (" quyền lợi của khách hàng sẽ ra sao? Theo Minh Hạnh Dân trí", "Minh Hạnh"),
    # a credit in capitals closes its caption; the byline follows
    ("\nẢnh: AFP Lan Phương (Theo AFP)\n", "Lan Phương"),
])
def test_author_from_the_byline(tail, author):
    doc = structured(f"Tiêu đề bài báo\n{BODY}{tail}")
    assert doc.meta["author"] == author
    assert zones(doc, "byline") == [author]


@pytest.mark.parametrize("tail", [
    " Ông Lương Thế Dân khẳng định “hoàn toàn đúng”.",
    " Ông Dân có biết việc thu phí.",
    "\nNhà văn hóa thôn Văn Khê thiếu các hạng mục cần thiết. Ảnh: Trọng Tùng",
    " có hiệu lực thi hành. TTXVN/Tin Tức ",
    "\nTheo Báo Cà Mau\n",
    "\nTheo Trường Đại học Luật Hà Nội\n",
    " theo báo cáo của ông T.Hương",
    " thông qua ngày 08 tháng 6 năm 2017. CHỦ TỊCH QUỐC HỘI (đã ký) Nguyễn Văn An ",
    # two initials are "phóng viên" (a reporter), no name; nor "Q.H" (Quốc hội) or "T.Ư" (Trung ương)
    " theo quy định hiện hành. P.V ",
    " theo quy định hiện hành. P.V. ",
    "\nBài: P.V\n",
    " theo quy định hiện hành. Q.H ",
    " theo tinh thần Nghị quyết T.Ư ",
    "\nXin cảm ơn ông.\n",
    # a source line with no byline above it
    "\nNhiều nước châu Âu cũng áp dụng cách làm này.\n(Theo Reuters)\n",
])
def test_no_author(tail):
    assert structured(f"Tiêu đề bài báo\n{BODY}{tail}").meta["author"] is None


@pytest.mark.parametrize("text,author", [
    # a round-up of reports, each signed: the first part's byline is the author
    (f"Các địa phương chống dịch cúm gia cầm\n{BODY}\nL. Hùng\nĐà Nẵng: Tiêu hủy 2.000 con gà\n{BODY}\n"
     f"K.Nhi\nCần Thơ: Lập chốt kiểm dịch\n{BODY} M.Châu", "L. Hùng"),
    (f"Các địa phương chống dịch cúm gia cầm\n{BODY}\nThu Hà\nNghệ An: Lập chốt kiểm dịch\n{BODY}\nMinh Tâm",
     "Thu Hà"),
    # not a subheading that names a place, nor a list of names, nor a name line before a paragraph
    (f"Các địa phương chống dịch cúm gia cầm\n{BODY}\nHà Nội\nNhiều chợ ngừng bán gia cầm\n{BODY} Minh Tâm",
     "Minh Tâm"),
    (f"Danh sách Ban Chấp hành\n{BODY}\nNguyễn Văn An\nTrần Văn Bình\nLê Thị Cúc\n{BODY} Minh Tâm", "Minh Tâm"),
    (f"Các địa phương chống dịch cúm gia cầm\n{BODY}\nThu Hà\n{BODY}\nMinh Tâm", "Minh Tâm"),
])
def test_author_of_a_round_up(text, author):
    assert structured(text).meta["author"] == author


# ---------------------------------------------------------------- furniture and captions

def test_furniture_lines_and_related_links():
    text = (f"Print Thứ Năm, 12/10/2023 17:55 Gốc\n\n{BODY}\n\nHoàng Tùng\n\nTiện ích thông tin\nNguồn tin\nQR Code\n"
            "QR CODE: Quận ủy Lê Chân tiếp tục phát huy các mô hình\nChúng tôi trên Mạng Xã hội\nTin khác\n"
            "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15\nTổng kết công tác năm 2023")
    doc = structured(text)
    furniture = zones(doc, "furniture")
    assert furniture[:2] == ["Print", "Gốc"]
    assert "Tiện ích thông tin" in furniture and "QR Code" in furniture
    assert furniture[-1].startswith("Tin khác") and furniture[-1].endswith("Tổng kết công tác năm 2023")
    assert doc.zone_of(text.index("Chiều 12/10")) == "body"
    assert doc.zone_of(text.index("lần thứ 15")) == "furniture"


def test_related_links_with_dates_end_the_article():
    text = (f"Tiêu đề bài báo\n{BODY}\nPhải có cơ chế kiểm soát thu nhập(13/06/2005)\n"
            "Khó thực hiện kê khai tài sản(12/06/2005)\n'Bộ trưởng phải khắc phục'(10/06/2005)\n")
    assert len(zones(structured(text), "furniture")) == 3


@pytest.mark.parametrize("text,caption", [
    ("Trạm thu phí nằm ở đầu cầu. Trạm thu phí xây dựng cách nhà dân chỉ chưa đầy 2m (Ảnh: L.T.Thắng) Ngày 5/2, tranh cãi.",
     "Trạm thu phí xây dựng cách nhà dân chỉ chưa đầy 2m (Ảnh: L.T.Thắng)"),
    ("Hạn báo cáo trước ngày 20/10/2016. Nhà văn hóa thôn Văn Khê thiếu các hạng mục cần thiết. Ảnh: Trọng Tùng Văn bản số 6218",
     "Nhà văn hóa thôn Văn Khê thiếu các hạng mục cần thiết. Ảnh: Trọng Tùng"),
    ("Theo Nghị định 17, các dự án không được phân lô bán nền. Trong ảnh: Một dự án nhà ở tại quận 8 Từ 1-7, tiến hành cấp giấy.",
     "Trong ảnh: Một dự án nhà ở tại quận 8"),
    ("Hình minh họa Ôtô chạy quá tốc độ ở cảng biển sẽ bị phạt.", "Hình minh họa"),
])
def test_captions(text, caption):
    assert zones(structured(f"Tiêu đề bài báo\n{text}"), "caption") == [caption]


def test_dev_articles_metadata(shared):
    """Every stated title, author and dateline of the dev set is found (score.py compares them so)."""
    import json
    for line in (shared / "data" / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = structured(gold["text"])
        for key in ("published", "author", "title"):
            want = gold["meta"][key]
            got = doc.meta[key]
            if key == "published":
                assert (got or "")[:16] == (want or "")[:16], gold["id"]
            else:
                assert (got or "").rstrip(". ") == (want or "").rstrip(". "), (gold["id"], key)


def test_last_boundaries_are_those_of_the_whole_line(shared):
    """byline() scans a long last line from near its end: the boundaries must be a whole scan's."""
    from pipeline.structure import _BOUNDARY, _last_boundaries, _lines
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts.append("Câu một. " * 60 + "(Tổng hợp) Câu hai!  “Câu ba.” Câu bốn./. Hoàng Hưng" + " ." * 200 + " Hết.")
    for text in texts:
        for s, e in _lines(text):
            whole = [b.end() for b in _BOUNDARY.finditer(text, s, e)]
            for n in (1, 3, 5):
                assert _last_boundaries(text, s, e, n) == whole[-n:]


def test_related_link_searched_backwards(shared):
    """_RELATED_LINK is searched backwards: it matches the lines a forward search matches."""
    import regex
    from pipeline.structure import _RELATED_LINK, _lines
    forward = regex.compile(_RELATED_LINK.pattern)
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts.append("Tin khác\nBài một (14/06/2005)\nBài hai (1/6/2005)  \n(1/6/2005) thêm\n(14/06/2005)\t")
    for text in texts:
        for s, e in _lines(text):
            assert (_RELATED_LINK.search(text, s, e) is None) == (forward.search(text, s, e) is None)


@pytest.mark.parametrize("tail,name", [
    # a pen-name that is also a place names the reporter at the byline
    (" dự kiến sẽ họp vào cuối tháng này./. Hà Giang ", "Hà Giang"),
    (" theo đúng quy định của pháp luật. Thái Bình ", "Thái Bình"),
    (" việc cấp phép đã được rà soát lại. HẢI CHÂU (ghi) ", "HẢI CHÂU"),
])
def test_byline_name_is_a_person(tail, name):
    from pipeline.pipeline import Pipeline
    rec = Pipeline()(f"Tiêu đề bài báo\n{BODY}{tail}", id="t")
    assert rec["meta"]["author"] == name
    assert [(e["text"], e["label"]) for e in rec["entities"] if e["text"] == name] == [(name, "PERSON")]
