"""Normalization: every class of the issue on real Vietnamese text, and the offset contract."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.doc import Doc
from pipeline.normalize import normalize, stage
from pipeline.normalize.legacy import convert, detect, tables
from pipeline.normalize.ortho import is_valid, place_tone


def check_offsets(raw: str, n) -> None:
    for c in n.corrections:
        assert raw[c.raw_start:c.raw_end] == c.before
        assert n.text[c.start:c.end] == c.after


def fixed(raw: str) -> str:
    n = normalize(raw, entities=True)
    check_offsets(raw, n)
    return n.text


@pytest.mark.parametrize("raw, expected", [
    ("\ufeffHà Nội", "Hà Nội"),                                     # BOM
    ("Hà Nội\r\nĐà Nẵng\rHuế", "Hà Nội\nĐà Nẵng\nHuế"),            # CRLF and lone CR
    ("Thủ\u200b tướng", "Thủ tướng"),                               # zero-width space
    ("Thủ\u00a0tướng\u2009Chính phủ", "Thủ tướng Chính phủ"),       # NBSP, thin space
    (unicodedata.normalize("NFD", "Nghị quyết của Quốc hội"), "Nghị quyết của Quốc hội"),  # NFD
    ("Bộ Tài chính &amp; Bộ Công Thương", "Bộ Tài chính & Bộ Công Thương"),  # HTML entity
    ("Vi&#7879;t Nam", "Việt Nam"),                                 # numeric entity
    ("ðường Lê Lợi, Ðà Nẵng", "đường Lê Lợi, Đà Nẵng"),            # eth for đ
    ("Hà Nộі", "Hà Nội"),                                           # Cyrillic і inside a word
    ("công da\u0309\u0302n", "công dân"),                          # marks out of order, then wrong tone fixed
])
def test_unicode_cleanup(raw, expected):
    assert fixed(raw) == expected


@pytest.mark.parametrize("word, old, new", [
    ("hoà", "hòa", "hoà"),
    ("hòa", "hòa", "hoà"),
    ("thuỷ", "thủy", "thuỷ"),
    ("khoẻ", "khỏe", "khoẻ"),
    ("hoàn", "hoàn", "hoàn"),     # closed syllable: same in both styles
    ("quý", "quý", "quý"),        # qu is an onset
    ("giữ", "giữ", "giữ"),        # gi is an onset
    ("người", "người", "người"),
    ("naỵ", "nạy", "nạy"),        # wrong in both styles
])
def test_tone_placement(word, old, new):
    assert place_tone(word, "old") == old
    assert place_tone(word, "new") == new


def test_tone_placement_is_kind_tone_not_typo():
    n = normalize("Ông Nguyễn Văn An đã hoà giải thành công vụ tranh chấp đất đai.")
    assert n.text == "Ông Nguyễn Văn An đã hòa giải thành công vụ tranh chấp đất đai."
    assert [(c.before, c.after, c.kind) for c in n.corrections] == [("hoà", "hòa", "tone")]
    assert normalize("hòa giải", tone_style="new").text == "hoà giải"
    assert normalize("hoà giải và hòa bình", tone_style="keep").text == "hoà giải và hòa bình"


@pytest.mark.parametrize("legacy, unicode_text, encoding", [
    ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "tcvn3"),
    ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam", "tcvn3"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni"),
    ("Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam", "vni"),
    ("Thñ t\u00adíng ChÝnh phñ quyÕt ®Þnh", "Thủ tướng Chính phủ quyết định", "tcvn3"),  # ư is 0xAD
    ("Thuû töôùng Chính phuû quyeát ñònh", "Thủ tướng Chính phủ quyết định", "vni"),
    ("Uû ban nh©n d©n tØnh Thõa Thiªn HuÕ", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "tcvn3"),
])
def test_legacy_encodings(legacy, unicode_text, encoding):
    assert detect(legacy) == encoding
    n = normalize(legacy)
    assert n.text == unicode_text
    assert {c.kind for c in n.corrections} == {"legacy"}
    check_offsets(legacy, n)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_tables_round_trip(encoding):
    """Every letter of the code table, encoded and read back, is itself."""
    table = tables()[encoding]
    for shown, letter in table.items():
        assert convert(shown, encoding) == letter
    lower = {c for c in tables()["tcvn3"].values() if c.islower()}
    assert lower <= set(table.values())  # every lower-case Vietnamese letter is in the table


@pytest.mark.parametrize("text", ["Café Paris à la carte", "Hà Nội mùa thu", "Ñoño"])
def test_legacy_not_detected_on_other_text(text):
    assert detect(text) is None


ARTICLE = ("Sáng nay, tại trụ sở UBND thành phố, đoàn công tác của Bộ Giáo dục và Đào tạo đã làm "
           "việc với lãnh đạo địa phương về kết quả thực hiện các chương trình phát triển kinh tế - "
           "xã hội. Theo báo cáo, trong năm qua thành phố đã đầu tư hàng trăm tỉ đồng cho giáo dục, "
           "xây dựng thêm nhiều trường học mới và nâng cao chất lượng đội ngũ giáo viên. ")


@pytest.mark.parametrize("sentence, expected", [
    # repeated letters
    ("mang lại hiệu quả thiiết thực cho người dân", "mang lại hiệu quả thiết thực cho người dân"),
    ("Tổng Bí thư Nôngg Đức Mạnh phát biểu", "Tổng Bí thư Nông Đức Mạnh phát biểu"),
    # wrong diacritic or d/đ in context
    ("Phòng Giáo đục và Đào tạo quận", "Phòng Giáo dục và Đào tạo quận"),
    ("Thỏa ước lao đồng tập thể", "Thỏa ước lao động tập thể"),
    ("của Ban Chỉ huy Quận sự quận", "của Ban Chỉ huy Quân sự quận"),
    ("Ban Bí thư 8 dồng chí", "Ban Bí thư 8 đồng chí"),
    ("ô nhiễm nếu không đậu tư công nghệ xử lý", "ô nhiễm nếu không đầu tư công nghệ xử lý"),
    ("cuộc bầu cử đã diễn rạ đúng luật định", "cuộc bầu cử đã diễn ra đúng luật định"),
    # a slipped final consonant (n/ng, c/t) into a very common compound
    ("Chính phủ vừa giao các bộ, cơ quang ngang bộ thực hiện", "Chính phủ vừa giao các bộ, cơ quan ngang bộ thực hiện"),
    ("quan hệ giữa hai nước, đặt biệt là hợp tác kinh tế", "quan hệ giữa hai nước, đặc biệt là hợp tác kinh tế"),
    # Telex residue
    ("che lều soongs và buôn bán", "che lều sống và buôn bán"),
    ("theo quy ddinhj của pháp luật", "theo quy định của pháp luật"),
    ("làm việc vowis các cơ quan", "làm việc với các cơ quan"),
    ("cho rawngf khu công nghiệp", "cho rằng khu công nghiệp"),
    ("giấy khai sinh từ bản sao lucj của cơ quan hộ tịch", "giấy khai sinh từ bản sao lục của cơ quan hộ tịch"),
    # lost diacritics in accented text
    ("nâng cao nhận thức cho can bộ, đảng viên", "nâng cao nhận thức cho cán bộ, đảng viên"),
    ("tạo dinh hướng phát triển đơn vị", "tạo định hướng phát triển đơn vị"),
    # doubled word
    ("thực hiện Nghị quyết số số 25-NQ/TW ngày 03/6/2013", "thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
    ("phải đáp ứng các các điều kiện", "phải đáp ứng các điều kiện"),
    # a rarer word doubled where its second copy opens a compound
    ("Sở Y tế công bố bảng giá khám khám bệnh tại các bệnh viện", "Sở Y tế công bố bảng giá khám bệnh tại các bệnh viện"),
    # a rarer word doubled after a loose pair (các đoàn), its second copy opening a compound
    ("Ủy ban MTTQ xã cùng các đoàn đoàn thể tham gia giám sát", "Ủy ban MTTQ xã cùng các đoàn thể tham gia giám sát"),
    # a frequent word doubled, the pair after it seen mostly as the compound read on (biệt là)
    ("đây là vấn đề đặc biệt biệt quan trọng", "đây là vấn đề đặc biệt quan trọng"),
    ("cùng với với chính quyền địa phương", "cùng với chính quyền địa phương"),
    # a doubled word whose first copy is a tone slip of a compound's first syllable
    ("khoa học công nghệ tiến tiến, hiện đại", "khoa học công nghệ tiên tiến, hiện đại"),
    # a doubled first letter of a unit's abbreviation before a name
    ("Chủ tịch UBND TTP. Cần Thơ ký quyết định", "Chủ tịch UBND TP. Cần Thơ ký quyết định"),
    # two tone marks on a name's first word: the family name among the marks typed
    ("Nguỵễn Văn Bình, 30 tuổi, hỏi", "Nguyễn Văn Bình, 30 tuổi, hỏi"),
    # a vowel typed again with the tone after the syllable was done
    ("vụ việc đã được cấp cóá thẩm quyền xem xét", "vụ việc đã được cấp có thẩm quyền xem xét"),
    ("lãng phí diễn ra vớái quy mô lớn", "lãng phí diễn ra với quy mô lớn"),
    # an onset spelled against the rule for the vowel after it (ngh, gh, k only before i, e, ê)
    ("lãnh đạo các sở, ban, nghành trong tỉnh", "lãnh đạo các sở, ban, ngành trong tỉnh"),
    # the diphthong ươ typed with one horn, with or without context
    ("nâng cao trách nhiệm của nguời đứng đầu cơ quan", "nâng cao trách nhiệm của người đứng đầu cơ quan"),
    ("hàng trăm ngưòi dân đã đến dự", "hàng trăm người dân đã đến dự"),
    ("cần tăng cuờng công tác kiểm tra", "cần tăng cường công tác kiểm tra"),
    ("hoàn thành truớc ngày 30/6", "hoàn thành trước ngày 30/6"),
    # a slipped final nh/ch into a non-word
    ("có nhiều thàch tích trong công tác", "có nhiều thành tích trong công tác"),
    # a letter dropped, typed in too many or swapped, into a compound with a neighbour
    ("dự án đã được UBND tỉnh phê duyệ từ năm ngoái", "dự án đã được UBND tỉnh phê duyệt từ năm ngoái"),
    ("tình trạng ô nhiễm rất ngiêm trọng ở nhiều nơi", "tình trạng ô nhiễm rất nghiêm trọng ở nhiều nơi"),
    ("Chủ tịch tỉnh đã ký quyế định thành lập", "Chủ tịch tỉnh đã ký quyết định thành lập"),
    ("tạo điều kiện cho doanh nhiệp phát triển", "tạo điều kiện cho doanh nghiệp phát triển"),
    ("phối hợp với chính quyền đị phương", "phối hợp với chính quyền địa phương"),
    ("truy cứu trách hiệm hình sự người đứng đầu", "truy cứu trách nhiệm hình sự người đứng đầu"),
    ("cán bộ cần gữi vững lập trường", "cán bộ cần giữ vững lập trường"),
    ("lãnh đạo các quận huệyn trong tỉnh", "lãnh đạo các quận huyện trong tỉnh"),
    ("phải xử lý nghiêm khắác các sai phạm", "phải xử lý nghiêm khắc các sai phạm"),
    # a word never in running text beside a far commoner tone variant seen with a neighbour
    ("nêu rõ tính cấp thiết cùa dự án", "nêu rõ tính cấp thiết của dự án"),
    ("Bí thư cùng cạc đồng chí lãnh đạo dự lễ", "Bí thư cùng các đồng chí lãnh đạo dự lễ"),
    ("Theo ồng, việc này cần làm ngay", "Theo ông, việc này cần làm ngay"),
    # a lost or wrong hat on a vowel of a rarely written word, into a compound that is most of
    # its use
    ("Quốc hội sẽ lấy phiếu tín nhiệm đói với các chức danh do Quốc hội bầu",
     "Quốc hội sẽ lấy phiếu tín nhiệm đối với các chức danh do Quốc hội bầu"),
    ("vì sao gần đay mưa lớn kéo dài ở các tỉnh miền núi", "vì sao gần đây mưa lớn kéo dài ở các tỉnh miền núi"),
    # a slipped final n/nh of a word seldom in running text, into a compound that is most of its use
    ("Chính phủ yêu cầu các bộ khẩn trương hướng dẫn thi hàn nghị quyết của Quốc hội",
     "Chính phủ yêu cầu các bộ khẩn trương hướng dẫn thi hành nghị quyết của Quốc hội"),
    # between two fixes, the compound that is most of its rarer word's use wins (not định | của)
    ("Mục đính của chương trình là hỗ trợ hộ nghèo", "Mục đích của chương trình là hỗ trợ hộ nghèo"),
    # an impossible capitalized syllable, into a compound with a lower-case neighbour
    ("kiến nghị của cử tri gửi Quôc hội khóa mới", "kiến nghị của cử tri gửi Quốc hội khóa mới"),
    # a real word one slip (a diacritic, a letter dropped, added or swapped, the tone kept) from a
    # word making a tight compound with a neighbour, the word making no pair there
    ("Xin hỏi tỉnh có bao nhiều xã đạt chuẩn nông thôn mới", "Xin hỏi tỉnh có bao nhiêu xã đạt chuẩn nông thôn mới"),
    ("cử tri ủng hội việc mở rộng địa giới hành chính", "cử tri ủng hộ việc mở rộng địa giới hành chính"),
    ("kiên định con đường đi lên chủ nghĩ xã hội", "kiên định con đường đi lên chủ nghĩa xã hội"),
    ("nhiều tỉnh chịu ảnh hướng của cơn bão số 5", "nhiều tỉnh chịu ảnh hưởng của cơn bão số 5"),
    ("các chuyên gia đánh gái cao kết quả này", "các chuyên gia đánh giá cao kết quả này"),
    ("Bên cảnh đó, tỉnh còn nhiều khó khăn", "Bên cạnh đó, tỉnh còn nhiều khó khăn"),
    # a word never met in running text, against a commoner tone variant whose compound is most
    # of its rarer word's use
    ("Chính phủ quyết định thành lập Khu dữ trữ sinh quyển", "Chính phủ quyết định thành lập Khu dự trữ sinh quyển"),
    ("phát huy vai trò gưỡng mẫu của người đứng đầu", "phát huy vai trò gương mẫu của người đứng đầu"),
    # an unattested word whose onset a region's speech confuses (x/s, ch/tr), into a compound
    ("do các cơ sở xản xuất không đầu tư thích đáng hệ thống xử lý", "do các cơ sở sản xuất không đầu tư thích đáng hệ thống xử lý"),
    ("không phải nghị quyết gây khó khăn, làm chậm chễ", "không phải nghị quyết gây khó khăn, làm chậm trễ"),
    # a word beside a bound syllable (one that nearly always opens or closes a compound: tình,
    # nghiêm, lựa, tổn thể's thể), hardly ever written itself, one slip, a confused onset (tr/ch)
    # or a letter typed with a key beside it from the bound syllable's partner
    ("giải pháp gì để khắc phục căn bản tình trạnh trên?", "giải pháp gì để khắc phục căn bản tình trạng trên?"),
    ("nhưng tội phạm nghiêm tọng xâm phạm an ninh quốc gia thì phải báo ngay",
     "nhưng tội phạm nghiêm trọng xâm phạm an ninh quốc gia thì phải báo ngay"),
    ("một số điều của Luật Đấu thầu về lựa trọn nhà thầu", "một số điều của Luật Đấu thầu về lựa chọn nhà thầu"),
    ("về kết quả thực hiện nhiệm vụ năm 2005 và phương phướng, nhiệm vụ năm 2006.",
     "về kết quả thực hiện nhiệm vụ năm 2005 và phương hướng, nhiệm vụ năm 2006."),
    ("rà soát tổn thể các cơ sở giáo dục mầm non", "rà soát tổng thể các cơ sở giáo dục mầm non"),
    # ... or a diacritic from a partner that is most of the bound syllable's use (tai nạn)
    ("có thêm 3 trường hợp giảm ứng cử viên: 2 mất do tại nạn giao thông và bệnh",
     "có thêm 3 trường hợp giảm ứng cử viên: 2 mất do tai nạn giao thông và bệnh"),
    # ... or a common word, where the article writes the compound elsewhere
    ("Việc chưa tập chung chỉ đạo triển khai xây dựng nhà máy khiến dự án chậm. Tỉnh cần tập trung nguồn lực.",
     "Việc chưa tập trung chỉ đạo triển khai xây dựng nhà máy khiến dự án chậm. Tỉnh cần tập trung nguồn lực."),
    ("thời gian thanh tra kéo dài; nội dung tranh tra chưa rõ ràng",
     "thời gian thanh tra kéo dài; nội dung thanh tra chưa rõ ràng"),
    ("Do bị động về chơ chế, nhà máy chậm 7 năm. Cơ chế này cần được sửa.",
     "Do bị động về cơ chế, nhà máy chậm 7 năm. Cơ chế này cần được sửa."),
    ("chỉ tiêu tăng trường cả năm từ 8,5- 9%, phấn đấu tăng trưởng kinh tế bền vững",
     "chỉ tiêu tăng trưởng cả năm từ 8,5- 9%, phấn đấu tăng trưởng kinh tế bền vững"),
    ("lên án hành vi xâm hai tình dục trẻ em, phòng chống xâm hại trẻ em",
     "lên án hành vi xâm hại tình dục trẻ em, phòng chống xâm hại trẻ em"),
    # ... or one classic confusion of Vietnamese spelling (a final the ear confuses, a confused
    # onset, a cluster's letter lost) from a partner that is most of the bound syllable's use, or
    # from a strong compound's partner where the word makes no pair with its other neighbour
    ("Huyện ủy, UBND huyện Thọ Xuân đã tổ chức quát triệt, triển khai, xây dựng kế hoạch",
     "Huyện ủy, UBND huyện Thọ Xuân đã tổ chức quán triệt, triển khai, xây dựng kế hoạch"),
    ("công tác khen thưởng tiếp tục được thực hiện đúng quy tình, đảm bảo thực chất",
     "công tác khen thưởng tiếp tục được thực hiện đúng quy trình, đảm bảo thực chất"),
    ("Cần tránh trình trạng quá tải ở bệnh viện tuyến trên", "Cần tránh tình trạng quá tải ở bệnh viện tuyến trên"),
    ("tổ chức cán bộ, công tác tham mưu, hoạch địch chính sách cụ thể",
     "tổ chức cán bộ, công tác tham mưu, hoạch định chính sách cụ thể"),
    # ... even where the neighbour closes a word on its far side many times rarer (có thời)
    ("Ông Dũng cũng có thời giam đảm nhiệm chức vụ Phó Chủ tịch Hội đồng quản trị",
     "Ông Dũng cũng có thời gian đảm nhiệm chức vụ Phó Chủ tịch Hội đồng quản trị"),
    # ... the word's pair with its other neighbour a dictionary pair seen once or twice, a fraction
    # of its use (những | là), or with a name's syllable (tưởng | Chính phủ), is no pair of its own
    ("coi quan liêu tham những là giặc nội xâm, coi kẻ tham nhũng như bọn Việt gian",
     "coi quan liêu tham nhũng là giặc nội xâm, coi kẻ tham nhũng như bọn Việt gian"),
    ("nhiều cá nhân được nhận Bằng khen của Thủ tưởng Chính phủ. Thủ tướng Chính phủ đã ký quyết định.",
     "nhiều cá nhân được nhận Bằng khen của Thủ tướng Chính phủ. Thủ tướng Chính phủ đã ký quyết định."),
    # a word met in running text, not a frequent one, one classic confusion from a word of a strong
    # compound, beside its other word, known beside neither neighbour
    ("Nhiều kiến nghị của doanh nghiệp chậm trả lời. Mặc khác, một số DN vẫn có thói quen cũ",
     "Nhiều kiến nghị của doanh nghiệp chậm trả lời. Mặt khác, một số DN vẫn có thói quen cũ"),
    ("Đây là vấn đề rất cần triết đối với người dân vùng lũ", "Đây là vấn đề rất cần thiết đối với người dân vùng lũ"),
    # ... or a word hardly ever written at all (xố)
    ("Theo Chủ tịch, một xố điều khoản của luật cần sửa đổi", "Theo Chủ tịch, một số điều khoản của luật cần sửa đổi"),
    # a name's syllable one classic confusion from the compound the article writes twice elsewhere
    ("Ông là Ủy viên Trung ương Đảng Cộng sản Việt Nan khóa VI. Đảng Cộng sản Việt Nam lãnh đạo. "
     "Nhà nước Việt Nam ghi nhận.",
     "Ông là Ủy viên Trung ương Đảng Cộng sản Việt Nam khóa VI. Đảng Cộng sản Việt Nam lãnh đạo. "
     "Nhà nước Việt Nam ghi nhận."),
    # an unattested word one classic confusion from the one word that makes a dictionary compound
    # with a neighbour (a final n/t, m/n)
    ("được thành lập từ đội ngũ cán bộ trẻ, tâm huyến, giàu kinh nghiệm",
     "được thành lập từ đội ngũ cán bộ trẻ, tâm huyết, giàu kinh nghiệm"),
    ("Để vườm ươm công lập hoạt động có hiệu quả, Nhà nước cần hỗ trợ",
     "Để vườn ươm công lập hoạt động có hiệu quả, Nhà nước cần hỗ trợ"),
    # a year's name before the year: the year gives its branch (2018 is Mậu Tuất)
    ("dịp tết Nguyên đán Mậu Tuấn 2018, chủ đầu tư sẽ miễn phí các phương tiện qua trạm",
     "dịp tết Nguyên đán Mậu Tuất 2018, chủ đầu tư sẽ miễn phí các phương tiện qua trạm"),
    # a word retyped with its capital, nothing named after it: the capital stays
    ("bị khởi tố theo điều Điều 134, Bộ luật Hình sự", "bị khởi tố theo Điều 134, Bộ luật Hình sự"),
    ("Giám đốc đài Đài PT-TH tỉnh cho biết", "Giám đốc Đài PT-TH tỉnh cho biết"),
    # a word a number beside it calls for: ngày before a date, năm before a year, đồng after a sum
    ("Có 3 xã chưa thực hiện bầu cử HĐND trước, sau ngay 25/4?", "Có 3 xã chưa thực hiện bầu cử HĐND trước, sau ngày 25/4?"),
    ("Ngạy 12/5/2019, đoàn công tác đã làm việc với tỉnh", "Ngày 12/5/2019, đoàn công tác đã làm việc với tỉnh"),
    ("Dự án khởi công ngày 5 tháng 10 nằm 2019 tại xã", "Dự án khởi công ngày 5 tháng 10 năm 2019 tại xã"),
    ("Từ tháng 3 nam 2018 đến nay, huyện đã", "Từ tháng 3 năm 2018 đến nay, huyện đã"),
    ("với tổng vốn đầu tư 9.500 tỉ động. Trong quý II sẽ khởi công", "với tổng vốn đầu tư 9.500 tỉ đồng. Trong quý II sẽ khởi công"),
    ("mỗi hộ được hỗ trợ 3 triệu đống để sửa nhà", "mỗi hộ được hỗ trợ 3 triệu đồng để sửa nhà"),
    ("bị phạt hành chính 500.000 dồng vì vi phạm", "bị phạt hành chính 500.000 đồng vì vi phạm"),
    ("Ngày 5 thảng 10, đoàn công tác đã làm việc", "Ngày 5 tháng 10, đoàn công tác đã làm việc"),
    ("từ thàng 5/2019 đến nay, xã đã", "từ tháng 5/2019 đến nay, xã đã"),
    ("hội nghị có 120 ngưởi tham gia", "hội nghị có 120 người tham gia"),
    ("ông Nguyễn Văn A (45 tuồi, trú tại xã Hòa Bình)", "ông Nguyễn Văn A (45 tuổi, trú tại xã Hòa Bình)"),
    ("trong 3 thang đầu năm, doanh thu tăng", "trong 3 tháng đầu năm, doanh thu tăng"),
    ("Khoảng 9 giơ sáng cùng ngày, lực lượng chức năng", "Khoảng 9 giờ sáng cùng ngày, lực lượng chức năng"),
    ("thu nhập bình quân tăng 2 lân so với năm trước", "thu nhập bình quân tăng 2 lần so với năm trước"),
    ("theo quy định tại Điểu 5 Nghị định 11/2006", "theo quy định tại Điều 5 Nghị định 11/2006"),
    ("Sáng ngáy 5 tháng 10, đoàn công tác đã", "Sáng ngày 5 tháng 10, đoàn công tác đã"),
    ("Sáng 9-10, tài Cung Văn hóa Hữu nghị", "Sáng 9-10, tại Cung Văn hóa Hữu nghị"),
    ("Sáng nay 1/7, tạ Hà Nội, Cục Quản lý thị trường", "Sáng nay 1/7, tại Hà Nội, Cục Quản lý thị trường"),
    # a syllable typed twice inside one dictionary word (lực lượng vũ trang)
    ("Anh hùng lực lượng lượng vũ trang Nguyễn Thành Trung", "Anh hùng lực lượng vũ trang Nguyễn Thành Trung"),
])
def test_typos_fixed(sentence, expected):
    raw = ARTICLE + sentence
    n = normalize(raw)
    check_offsets(raw, n)
    assert n.text == ARTICLE + expected
    typos = [c for c in n.corrections if c.kind == "typo"]
    assert len(typos) == 1
    assert typos[0].source.startswith("rule:normalize.typo.")


@pytest.mark.parametrize("raw, expected", [
    # the phrase is written right twice elsewhere in the article
    ("Thủ tướng cùng các đồng chí lãnh đạo dự lễ. Sau đó, Thủ tướng cùng cạc đồng chí lãnh đạo "
     "thăm nhà máy. Chiều, Thủ tướng cùng các đồng chí lãnh đạo làm việc với tỉnh.",
     "Thủ tướng cùng các đồng chí lãnh đạo dự lễ. Sau đó, Thủ tướng cùng các đồng chí lãnh đạo "
     "thăm nhà máy. Chiều, Thủ tướng cùng các đồng chí lãnh đạo làm việc với tỉnh."),
    # once against once: only the rarer spelling yields (phấn vốn → phần vốn, never the reverse)
    ("Cơ quan đại diện chủ sở hữu phần vốn nhà nước tại doanh nghiệp đã báo cáo. "
     "Cơ quan đại diện chủ sở hữu phấn vốn nhà nước chịu trách nhiệm trước Chính phủ.",
     "Cơ quan đại diện chủ sở hữu phần vốn nhà nước tại doanh nghiệp đã báo cáo. "
     "Cơ quan đại diện chủ sở hữu phần vốn nhà nước chịu trách nhiệm trước Chính phủ."),
])
def test_the_article_s_own_phrases(raw, expected):
    n = normalize(raw)
    check_offsets(raw, n)
    assert n.text == expected


@pytest.mark.parametrize("raw, expected", [
    # a vowel typed again with a mark Vietnamese has not, the name written right elsewhere
    ("Du khách đến Huế dịp lễ hội. Trường Đại học Nghệ thuật Huếë mở cửa đón khách.",
     "Du khách đến Huế dịp lễ hội. Trường Đại học Nghệ thuật Huế mở cửa đón khách."),
    ("Đoàn khách châu Âu có ông Citroën và bà Zoë đến thăm Hà Nội.",
     "Đoàn khách châu Âu có ông Citroën và bà Zoë đến thăm Hà Nội."),
    # â and ă are Vietnamese letters, not a foreign mark: no copy to drop
    ("Đó là một caâu rất khó.", "Đó là một caâu rất khó."),   # (not "cau")
    # left: two people whose names differ in a tone; a neighbour's own pair (Giao | thông)
    ("Bà Nguyễn Thị Hoa và bà Trần Thị Hòa nhận bằng khen. Bà Hoa là giáo viên.",
     "Bà Nguyễn Thị Hoa và bà Trần Thị Hòa nhận bằng khen. Bà Hoa là giáo viên."),
    ("Bộ Giáo dục đã làm việc với Bộ Giao thông vận tải về việc đưa đón học sinh.",
     "Bộ Giáo dục đã làm việc với Bộ Giao thông vận tải về việc đưa đón học sinh."),
])
def test_names_spelled_by_the_article(raw, expected):
    n = normalize(raw)
    check_offsets(raw, n)
    assert n.text == expected


# A tone, hat or final m/n slip inside a name the article spells right elsewhere: a rule
# that checked every pair of touching capitalized words cost 3% of the pipeline's
# instructions for three corrections in 48 tuning articles, and was dropped.
@pytest.mark.xfail(strict=True, reason="name slips: no rule checks capitalized pairs (cost)")
@pytest.mark.parametrize("raw, expected", [
    ("Ông từng công tác tại tỉnh Hà Tuyên và tỉnh Bắc Thái. Năm 1985, ông về làm Phó Giám đốc "
     "Sở Tài chính tỉnh Bấc Thái.",
     "Ông từng công tác tại tỉnh Hà Tuyên và tỉnh Bắc Thái. Năm 1985, ông về làm Phó Giám đốc "
     "Sở Tài chính tỉnh Bắc Thái."),
    ("Đoàn đại biểu Việt Nam dự hội nghị tại Viêng Chăn. Trưởng đoàn cho biết Quân đội nhân dân "
     "Việt Nan luôn sẵn sàng hợp tác.",
     "Đoàn đại biểu Việt Nam dự hội nghị tại Viêng Chăn. Trưởng đoàn cho biết Quân đội nhân dân "
     "Việt Nam luôn sẵn sàng hợp tác."),
])
def test_name_slips_known_misses(raw, expected):
    assert normalize(raw).text == expected


def test_doubled_word_correction_spans_both_words():
    raw = ARTICLE + "Nghị quyết số số 25-NQ/TW"
    n = normalize(raw)
    (c,) = [c for c in n.corrections if c.kind == "typo"]
    assert (c.before, c.after) == ("số số", "số")


@pytest.mark.parametrize("sentence", [
    "Công văn 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương",   # code, date
    "gửi về hotro@moj.gov.vn hoặc https://moj.gov.vn/vbpq",           # e-mail, URL
    "liên hệ qua email của Bộ",                                          # liên hệ | qua: hệ is taken
    "chỉ tiêu biên chế do Chính phủ quy định",                           # biên chế | do: not chế độ
    "các doanh nghiệp nới room cho nhà đầu tư ngoại",                    # English word, not Telex
    "quán bar, karaoke phải đóng cửa trước 24 giờ",
    "Hiệp định Đối tác xuyên Thái Bình Dương (TPP) và chương III",       # abbreviation, roman numeral
    "khu vực Trung Trung Bộ và Bắc Tây Nguyên",                          # a place, not a doubled word
    "(Nguyen Xuan Minh, 42 tuổi, Hà Nội)",                               # unaccented name on purpose
    "ông Nguyễn Văn Đua, Phó Chủ tịch UBND TP",                          # a name that is also a word
    "Ông Ngô Văn Hòa, Phó Bí thư Đoàn",                                  # name syllables are not compounds
    "tập đoàn Microsoft và Google đầu tư vào Việt Nam",                  # English names
    "các hộ dân đi từ từ qua cầu, dần dần ổn định cuộc sống",            # reduplication is not doubling
    "chi bộ Đảng bộ bộ phận Báo Người Lao Động",                        # compounds meeting: Đảng bộ | bộ phận
    "cơ quan thuế kiểm tra doanh thu thu phí của trạm BOT",              # doanh thu | thu phí
    "chuyện có nên làm hay không không chỉ là chuyện tiền",              # hay không | không chỉ
    "làm việc một cách đường đường chính chính, quang minh chính đại",  # paired reduplication
    "Thị trưởng Efisio Arbau cho biết",                                  # a compound of its own
    "nên cơ quan kiểm tra vẫn đề nghị thành phố chỉ đạo",               # vẫn | đề nghị, not vấn đề
    "các đại biểu dự lễ báo công dâng Bác tại khu di tích",              # dâng | Bác, not công dân
    "không chờ dự án xây dựng bờ kè",                                    # real words left alone
    "Trước mắt chỉ cấp cho các hộ có hộ khẩu thường trú",
    # A real word is not flipped into another that makes a compound with a neighbour when the
    # neighbour is taken by its own compound, or the compound is no strong bond, or the word is
    # seen beside its other neighbour.
    "giá dịch vụ viễn thông quá cao so với khu vực",                     # viễn thông | quá, not thông qua
    "cước viễn thông quá đắt với người dân vùng sâu",
    "cần thu hẹp dần sự chênh lệch giàu nghèo",                          # hẹp dần | sự, not dân sự
    "nhằm thu hẹp dần sự cách biệt giữa thành thị và nông thôn",
    "Ông Lê Minh Quốc dẫn lời Bộ trưởng cho biết",                       # a name's last syllable: not quốc dân
    "Ông Nguyễn Văn Quốc dẫn số liệu của ngành",
    "truyền thống trọng chữ nghĩa, trọng nhà giáo của dân tộc",         # nhà giáo: not trong nhà
    "phải hoàn trả 15 triệu đồng chi sai mục đích",                      # triệu đồng | chi, not đồng chí
    "nước biển dâng và xâm nhập mặn gây thiệt hại",                      # dân | và is no bond
    "một cán bộ xã ở Hà Nội dùng bằng giả để được đề bạt",              # Hà Nội | dùng, not nội dung
    "hơn 40 năm nắm quyền của chế độ cũ",                                # not năm năm
    "diễn biến tình hình thanh khoản của các ngân hàng",                 # tình hình | thanh, not hình thành
    "Lễ hội hoa Ban ở Điện Biên thu hút du khách",                       # lễ hội | hoa, not xã hội hóa
    "ưu tiên cho con em được học cùng như các bạn",                      # học cùng is attested
    # the article's own usage: it writes ``các thầy`` elsewhere, ``các thấy có`` once
    "Chào các thầy, em là học sinh lớp 9. Mong các thầy có lời khuyên cho em. Các thấy có nghĩ vậy không?",
    # no context: a bare non-word (hát, hạt or a slip for hay) and a well-formed unattested word
    # (a slip for viết) have too many readings to guess
    "biết trước sẽ có động đất hat không",
    "Ông Tâm viến đơn gửi nhiều nơi",
    # the article writes the word beside the same neighbour again: the writer's pair, no slip
    "Mỗi cử tri được phát một sổ nháp và một phiếu bầu. Sổ nháp được thu lại sau khi bầu.",
    # a rare word's variant only fifty times as frequent (vá, và) needs a strong pair
    "bảo vệ loài voọc chà vá chân nâu trên bán đảo",
    # a letter slip needs a compound with a neighbour, keeping the tone typed
    "chào đón T uổi Trẻ đến thăm",                                       # broken spacing, a name after
    "ông Blốc Êban, 87 tuổi, người Ê Đê",                                 # names are never slips
    "(tran van an, 20 tuoi tuổi, Hà Nội)",                               # would double the next word
    "bán hóa giá nhà nhà nước cho người đang thuê",                     # nhà | nhà nước is no doubling
    "Con đường nhỏ nhỏ xinh chạy quanh làng",                            # a rarer word reduplicated
    "Mặt hồ xanh xanh màu ngọc bích",
    # a hat variant between two common words needs a bond that is most of their use: không cố | có
    "quân đội không cố chiếm lại thị trấn vì thiếu quân",
    "tôi lại cố dặn lòng phải sống vì con",
    "Trông bộ mặt thất thần của cô, ai cũng thương",
    # ay/ây spellings are both written (xẩy/xảy): the article's other spelling is no fix
    "Động đất xảy ra lúc 3 giờ. Khi có động đất xẩy ra, người dân cần bình tĩnh. Dư chấn xảy ra sau đó.",
    # a well-formed family name is not another's slip, even where the article writes the other
    "Chủ tịch nước và Chủ tịch Quốc hội gặp cử tri. Chủ tịch tỉnh dự. Đại biểu Chử Văn Tâm phát biểu.",
    # a word and the same word capitalized where they make words with their other neighbours
    "ông được bổ nhiệm giữ chức vụ Vụ trưởng Vụ Pháp chế",
    "Quân chủng Phòng không Không quân tổ chức lễ kỷ niệm",
    "đưa khu công nghệ cao trở thành Thành phố khoa học",
    "chương trình diễn ra tại hội trường Trường đại học Y",
    "thuộc miền nam Nam Bộ",                                              # a capital opening a name
    # one slip from a tight compound, but the word makes a pair with its other neighbour (nghĩ
    # rằng), or the neighbour makes a word on its far side (kết thúc | đầy), is a name's syllable
    # (Liên Việt | năm), or stands beside broken spacing (c hất); a letter slip between two
    # frequent words (thông quan, customs) is the writer's choice
    "ông chủ nghĩ rằng cửa hàng sẽ có lãi",
    "lễ bế mạc kết thúc đầy ấn tượng",
    "tại Đại hội hợp nhất Việt Minh - Liên Việt năm 1951",
    "xếp hạng từng trường,c hất lượng dạy học",
    "rút ngắn thời gian thông quan hàng hóa tại cửa khẩu",
    "kiểm tra tình hình sử dụng đất",
    "UBND huyện Chư Păh khẩn trương rà soát",                            # a name's syllable, no compound
    "Đại biểu Quốc hội tỉnh Kon Tum phát biểu",                          # an onset rule broken by a name
    # a bound syllable's partner is not taken: for a rare word only one key from it (rình, not a
    # slip for hình phạt), where the neighbour makes a dictionary word on its far side (hội đàm),
    # without the article's own use of the compound (phát nhanh), where running text has that
    # compound only inside a longer word (giá | thị trường), nor between two spellings in use
    "có tới 2-3 cảnh sát giao thông đứng... rình phạt người rẽ trái",
    "Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Hun Sen về hợp tác xã hội",
    "Bùi Quốc Hưng, nhân viên chuyển phát nhanh của bưu điện",
    "giá thịt lợn hơi trong nước giảm sâu so với giá thị trường thế giới",
    "7.000 sinh viên, học sinh và chiến sỹ của trung đoàn thể hiện. Các chiến sĩ tham gia.",
    # a word one classic confusion from a bound syllable's partner, but known beside its other
    # neighbour (về tính | hình thức), or the partner's compound loose (chị: not Chính trị)
    "Tôi muốn hỏi về tính hình thức của các cuộc họp",
    "Chính chị là người đã giúp đỡ gia đình tôi",
    # a name's syllable is left without the article's own spelling of the compound twice, and in
    # a person's name
    "Ông là Ủy viên Trung ương Đảng Cộng sản Việt Nan khóa VI. Nhà nước Việt Nam ghi nhận.",
    "Ông Lê Văn Nam và ông Lê Văn Nan cùng dự. Ông Lê Văn Nam phát biểu.",
    "phạt cải tạo không giam giữ đến 3 năm hoặc phạt tù",
    "trong thời gian giam giữ, bị can được gặp luật sư",
    "ông ta quát tháo ầm ĩ giữa cuộc họp",
    # ... nor a frequent word (sau ngày | 1/7), nor one in a compound with its other neighbour
    "Các hộ xây nhà sau ngày 15-10-1993 thắc mắc về mức bồi thường",
    "yêu cầu các địa phương không lên Hà Nội chúc Tết lãnh đạo",
    "cách ăn mặc khác nhau của đồng bào các dân tộc",
    "em vẫn ghi nhật ký mỗi ngày",
    # a year's name is fixed only by its year (a person's name, another year)
    "Ông Đinh Tuấn, sinh năm 1975, cho biết",
    "dịp tết Mậu Tuấn 2019 chủ đầu tư",
    # a number's word is fixed only in its place: a name before a year, an animal after a sum
    "giải bóng đá Việt Nam 2019 đã khép lại",
    "khu bảo tồn có hơn 3 triệu động vật hoang dã",
    "ông ngồi ngay 2 bậc thềm cuối",
    "nhà số 5 ngay cạnh chợ",
    "tòa nhà có 3 thang máy",
    "tuyến đường có 2 làn xe mỗi chiều",
    "bản nhạc có giai điệu 5 nốt",
    "Ngày 5/10, tài xế Nguyễn Văn A đã",
    "bà mua 3 giò lụa về biếu",
    "thành lập Đảng bộ bộ phận tại các xã",
    "đội nhà thắng 5 trận liền",
    "giá vé là 20.000 đồng một lượt",
])
def test_correct_text_left_alone(sentence):
    raw = ARTICLE + sentence
    n = normalize(raw)
    assert n.text == raw
    assert [c for c in n.corrections if c.kind == "typo"] == []


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("Chị Huỳnh Thị Thanh Hắng, đảng ủy viên", "Chị Huỳnh Thị Thanh Hằng, đảng ủy viên",
                 marks=pytest.mark.xfail(strict=True, reason="names are never corrected by context")),
    pytest.param("tại cuộc làm việc vơi Thủ tướng", "tại cuộc làm việc với Thủ tướng",
                 marks=pytest.mark.xfail(strict=True, reason="'vơi' is a word; right neighbour is a name")),
    pytest.param("em hỏi xem chồng chị có đồng ý hay không", "em hỏi xem chồng chị có đồng ý hay không",
                 marks=pytest.mark.xfail(strict=True, reason="false change: 'chị' is never seen in the running "
                                                             "text, 'chỉ có' is a strong compound")),
])
def test_known_misses(sentence, expected):
    assert normalize(ARTICLE + sentence).text == ARTICLE + expected


def test_stage_fills_doc():
    raw = ARTICLE + "hiệu quả thiiết thực"
    doc = Doc(id="x", raw=raw)
    stage(doc)
    assert doc.text == ARTICLE + "hiệu quả thiết thực"
    (c,) = doc.corrections
    assert doc.to_raw(c.start, c.end) == (c.raw_start, c.raw_end)


def test_entities_kept_by_default():
    raw = "tập đoàn P&amp;O của Anh"
    assert normalize(raw).text == raw
    assert normalize(raw).corrections == []
    assert normalize(raw, entities=True).text == "tập đoàn P&O của Anh"


@pytest.mark.parametrize("raw, decoded", [
    ("tập đoàn P&amp;O của Anh", "&"),
    ("Vi&#7879;t Nam", "ệ"),
    ("giá &gt; 5 triệu đồng", ">"),
])
def test_decoded_entities_are_unicode_changes(raw, decoded):
    n = normalize(raw, entities=True)
    check_offsets(raw, n)
    (c,) = n.corrections
    assert (c.after, c.kind, c.source) == (decoded, "unicode", "rule:normalize.unicode.entity")


def test_stage_warns_about_legacy_text():
    doc = Doc(id="x", raw="Céng hßa x· héi chñ nghÜa ViÖt Nam")
    stage(doc)
    assert doc.text == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert doc.warnings == ["normalize: 7 words typed in a legacy font (TCVN3/VNI) converted"]


def test_bad_style_fails_loudly():
    with pytest.raises(ValueError):
        normalize("hòa", tone_style="modern")


@pytest.mark.parametrize("syllable, valid", [
    ("nghiêng", True), ("quyết", True), ("gì", True), ("sắt", True),
    ("sẵt", False), ("thiiết", False), ("kái", False), ("ngé", False), ("Nôngg", False),
])
def test_syllable_validity(syllable, valid):
    assert is_valid(syllable) == valid


_PIECES = st.sampled_from([
    "Hà Nội", " ", "\r\n", "\u00a0", "\u200b", "\ufeff", "&amp;", "&#7879;", "ð", "thiiết", "số số",
    "hoà", "soongs", unicodedata.normalize("NFD", "Việt"), "da\u0309\u0302n", "25-NQ/TW", "Quận sự", "x", ".",
    "Céng hßa", "lao đồng", "\u0301", "Nộі",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=6), max_size=25))
def test_offsets_round_trip(pieces):
    raw = "".join(pieces)
    n = normalize(raw, entities=True)
    check_offsets(raw, n)
    # Between corrections the text is unchanged, and maps back to the same characters.
    cursor = 0
    for c in sorted(n.corrections, key=lambda c: c.start) + [None]:
        stop = len(n.text) if c is None else c.start
        if stop > cursor:
            rs, re_ = n.offsets.to_source(cursor, stop)
            assert raw[rs:re_] == n.text[cursor:stop]
        if c is not None:
            assert n.offsets.to_source(c.start, c.end) == (c.raw_start, c.raw_end) or c.start == c.end
            cursor = c.end


def test_sample_article_corrections(sample_text):
    """The five corrections the guideline's sample article needs, each at its offsets."""
    n = normalize(sample_text)
    check_offsets(sample_text, n)
    typos = [(c.before, c.after) for c in n.corrections if c.kind == "typo"]
    assert typos == [("số số", "số"), ("đồng", "động"), ("Quận", "Quân"), ("đục", "dục"),
                     ("thiiết", "thiết")]


def _score_set(shared, inputs: str, golds: str) -> dict:
    import json
    import sys

    sys.path.insert(0, str(shared / "tools"))
    from score import score

    typos = shared / "data" / "dev" / "typos"
    recs = [json.loads(line) for line in (typos / inputs).read_text(encoding="utf-8").splitlines() if line]
    gold = [json.loads(line) for line in (typos / golds).read_text(encoding="utf-8").splitlines() if line]
    preds = [{"id": r["id"], "text": normalize(r["text"]).text} for r in recs]
    words = sum(len(r["text"].split()) for r in recs)
    return score(preds, gold)["corrections"] | {"words": words}


def test_typo_set_targets(shared):
    s = _score_set(shared, "input.jsonl", "gold.jsonl")
    assert s["precision"] >= 0.90 and s["recall"] >= 0.75, s


def test_clean_set_targets(shared):
    s = _score_set(shared, "clean_input.jsonl", "clean_gold.jsonl")
    assert s["fp"] / s["words"] * 2000 <= 1.0, s
