"""Counts: a number with the noun it counts (GUIDELINES "Counts").

Decision recorded here (the guideline lists it as a hard case): vague amounts
``hàng chục``, ``hàng trăm``, ``hàng nghìn``, ``hàng tỉ đồng``, ``vài``,
``nhiều``, ``mấy`` and the indefinite ``một`` are never counts; ``mười``,
``hai mươi lăm``, ``ba trăm`` are.
"""
from __future__ import annotations

import pytest

from pipeline.extractors.numbers import parse_digits, parse_words

from .helpers import run

# (text, [(span text, value, unit)])
CASES = [
    ("toàn quận có 62 mô hình “Dân vận khéo”", [("62 mô hình", 62, "mô hình")]),
    ("có 143 mô hình trên các lĩnh vực (tăng 81 mô hình)", [("143 mô hình", 143, "mô hình"), ("81 mô hình", 81, "mô hình")]),
    ("04 mô hình về phát triển kinh tế", [("04 mô hình", 4, "mô hình")]),
    ("tặng Giấy khen cho 11 tập thể và 19 cá nhân có thành tích", [("11 tập thể", 11, "tập thể"), ("19 cá nhân", 19, "cá nhân")]),
    ("Tại Hội nghị, 02 cá nhân thuộc quận được tặng", [("02 cá nhân", 2, "cá nhân")]),
    ("các phương tiện dưới 12 chỗ ngồi, xe tải dưới 2 tấn", [("12 chỗ ngồi", 12, "chỗ ngồi"), ("2 tấn", 2, "tấn")]),
    ("cách nhà dân chỉ chưa đầy 2m (Ảnh: L.T.Thắng)", [("2m", 2, "m")]),
    ("mới cho qua trạm (30.000 đồng/lượt)", [("30.000 đồng", 30000, "đồng")]),
    ("chủ xe không thuộc hai địa bàn trên", [("hai địa bàn", 2, "địa bàn")]),
    ("đóng trên địa bàn hai huyện Kiến Xương và Tiền Hải", [("hai huyện", 2, "huyện")]),
    ("được miễn 100% phí", [("100%", 100, "%")]),
    ("tăng trưởng GDP 8%, kim ngạch tăng 10,4 %", [("8%", 8, "%"), ("10,4 %", 10.4, "%")]),
    ("vẫn còn 31 cơ quan đại diện chủ sở hữu chưa gửi báo cáo", [("31 cơ quan đại diện chủ sở hữu", 31, "cơ quan đại diện chủ sở hữu")]),
    ("trong đó có 9 Bộ, cơ quan ngang Bộ và 22/63 địa phương", [("9 Bộ", 9, "bộ"), ("22/63 địa phương", 22, "địa phương")]),
    # a directive counted in lower case ("chỉ" alone is "only", no counted noun)
    ("từ đầu năm tới nay, NHNN đã ban hành 4 chỉ thị trong điều hành", [("4 chỉ thị", 4, "chỉ thị")]),
    # a counted noun in quotes after its number (a word used loosely); a quoted verb of one syllable is none
    ("Chưa đủ, ĐB Chức bổ sung hai “trọng điểm” nữa; lại nảy sinh sáu hiện tượng, tạo nên sáu \"sự kiện\".",
     [("hai “trọng điểm”", 2, "trọng điểm"), ("sáu hiện tượng", 6, "hiện tượng"), ('sáu "sự kiện"', 6, "sự kiện")]),
    ("DN vẫn phớt lờ Nghị định 87, \"ém\" thông tin; có hai “ông lớn” ngành điện.",
     [("hai “ông lớn”", 2, "ông lớn")]),
    # a fraction written with a space after its slash counts its numerator, not the whole
    ("Đến tháng 7-2005, cả nước đã có 26/ 64 tỉnh, thành phố đạt chuẩn",
     [("26/ 64 tỉnh, thành phố", 26, "tỉnh, thành phố")]),
    ("Chỉ có 10 đơn vị lập báo cáo đúng hạn", [("10 đơn vị", 10, "đơn vị")]),
    ("cơ quan tố tụng có thể trưng cầu giám định với sáu trường hợp cần thiết", [("sáu trường hợp", 6, "trường hợp")]),
    ("sẽ bị phạt đến 8 triệu đồng", [("8 triệu đồng", 8000000, "đồng")]),
    ("chạy quá tốc độ từ 5 km/h đến dưới 10 km/h", [("5 km/h", 5, "km/h"), ("10 km/h", 10, "km/h")]),
    ("bị phạt 600.000-800.000 đồng", [("600.000-800.000 đồng", 600000, "đồng"), ("800.000 đồng", 800000, "đồng")]),
    ("bị phạt 5-6 triệu đồng", [("5-6 triệu đồng", 5000000, "đồng"), ("6 triệu đồng", 6000000, "đồng")]),
    ("phạt tiền từ 65 - 75 triệu đồng", [("65 - 75 triệu đồng", 65000000, "đồng"), ("75 triệu đồng", 75000000, "đồng")]),
    ("phạt tiền từ 100.000 đến 300.000 đồng", [("100.000 đến 300.000 đồng", 100000, "đồng"), ("300.000 đồng", 300000, "đồng")]),
    ("Phạt tiền từ 25.000.000 đồng đến 30.000.000 đồng", [("25.000.000 đồng", 25000000, "đồng"), ("30.000.000 đồng", 30000000, "đồng")]),
    ("số tiền hơn 1,5 tỷ đồng", [("1,5 tỷ đồng", 1500000000, "đồng")]),
    ("mua với giá 533 triệu đồng, vượt quy định 133 triệu.", [("533 triệu đồng", 533000000, "đồng"), ("133 triệu", 133000000, "đồng")]),
    ("dân số khoảng 2,5 triệu người", [("2,5 triệu người", 2500000, "người")]),
    ("tổng vốn 1 tỷ 200 triệu đồng", [("1 tỷ 200 triệu đồng", 1200000000, "đồng")]),
    ("ước đạt 330,3 nghìn tỷ đồng", [("330,3 nghìn tỷ đồng", 330300000000000, "đồng")]),
    ("gây thất thoát 4 tỉ đồng tiền thuế", [("4 tỉ đồng", 4000000000, "đồng")]),
    ("Bị cáo Trịnh Xuân Thanh (52 tuổi, cựu Chủ tịch)", [("52 tuổi", 52, "tuổi")]),
    ("có 7 đồng phạm khác", [("7 đồng phạm", 7, "đồng phạm")]),
    ("có 9 đơn vị mua 10 chiếc xe vượt giá", [("9 đơn vị", 9, "đơn vị"), ("10 chiếc xe", 10, "chiếc xe")]),
    ("đang sử dụng tổng số 33 xe con.", [("33 xe con", 33, "xe con")]),
    ("diện tích dưới 40 m2 và 3.000 m2 đất", [("40 m2", 40, "m2"), ("3.000 m2", 3000, "m2")]),
    ("được phép xây dựng không quá 2 tầng", [("2 tầng", 2, "tầng")]),
    ("đại diện 8 quận, huyện trọng điểm", [("8 quận, huyện", 8, "quận, huyện")]),
    ("phải cấp gần 637.000 GCN", [("637.000 GCN", 637000, "gcn")]),
    ("Đại hội bầu 160 ủy viên chính thức", [("160 ủy viên", 160, "ủy viên")]),
    ("có mười lăm hộ và hai mươi lăm người", [("mười lăm hộ", 15, "hộ"), ("hai mươi lăm người", 25, "người")]),
    ("có 02 đồng chí được khen thưởng", [("02 đồng chí", 2, "đồng chí")]),
    ("diện tích 78,8 MW trên 144 ha", [("78,8 MW", 78.8, "mw"), ("144 ha", 144, "ha")]),
    ("trao tặng 45 suất quà và 20 suất học bổng", [("45 suất quà", 45, "suất quà"), ("20 suất học bổng", 20, "suất học bổng")]),
    ("đã tiếp 197.697 lượt công dân", [("197.697 lượt công dân", 197697, "lượt công dân")]),
    # "số" after "trong", "con", "tổng": the number of an amount, not "number N"
    ("trong số 52 hồ sơ dự thầu, chỉ có 9 hồ sơ hợp lệ", [("52 hồ sơ", 52, "hồ sơ"), ("9 hồ sơ", 9, "hồ sơ")]),
    ("Trong số 27 ứng cử viên, có 5 người là nữ", [("27 ứng cử viên", 27, "ứng cử viên"), ("5 người", 5, "người")]),
    ("Huyện đã đạt con số 120 mô hình sản xuất", [("120 mô hình", 120, "mô hình")]),
    ("là bị can thứ 3 trong tổng số 11 bị can của vụ án", [("11 bị can", 11, "bị can")]),
    # "bất kỳ" (any) before a number, not the term "kỳ 2"
    ("Sở chưa nhận được bất kỳ 1 văn bản nào của công ty", [("1 văn bản", 1, "văn bản")]),
    # money or a share after a capitalized name: an amount, not a model number
    ("xã Tân Phú 2,4 tỷ đồng; xã Long Hòa 3,15 tỷ đồng", [("2,4 tỷ đồng", 2400000000, "đồng"), ("3,15 tỷ đồng", 3150000000, "đồng")]),
    ("UBND quận phạt ông Hùng 7,5 triệu đồng vì xây dựng sai phép", [("7,5 triệu đồng", 7500000, "đồng")]),
    ("mức lương ở Lào là 110 USD, Campuchia 128 USD", [("110 USD", 110, "usd"), ("128 USD", 128, "usd")]),
    ("Thông qua Luật\nVới 91,2% số đại biểu tán thành", [("91,2%", 91.2, "%")]),
    # an amount with a decimal comma and a scale word keeps its exact value
    ("dự án đã thất thoát 65,6 tỷ đồng và 34,3 tỷ đồng", [("65,6 tỷ đồng", 65600000000, "đồng"), ("34,3 tỷ đồng", 34300000000, "đồng")]),
    # a lone "năm" before a listed counted noun is five
    ("Tuyến đường đi qua năm phường của thành phố", [("năm phường", 5, "phường")]),
    ("Hội nghị xác định năm mục tiêu lớn", [("năm mục tiêu", 5, "mục tiêu")]),
    ("Năm huyện miền núi đã hoàn thành chỉ tiêu", [("Năm huyện", 5, "huyện")]),
    ("mỗi năm hai lần, Sở tổ chức kiểm tra", [("hai lần", 2, "lần")]),
    # a capitalized listed noun that starts a longer word: the whole word
    ("buổi chất vấn có 3 Bộ trưởng tham gia trả lời", [("3 Bộ trưởng", 3, "bộ trưởng")]),
    ("Chương trình gồm 9 đề án thành phần", [("9 đề án", 9, "đề án")]),
    ("xếp thứ 60 trong số 140 nền kinh tế", [("140 nền kinh tế", 140, "nền kinh tế")]),
    # a count of documents writes the type capitalized: the type is the unit
    ("năm qua Bộ đã trình 4 Nghị định và ban hành 15 Thông tư", [("4 Nghị định", 4, "nghị định"), ("15 Thông tư", 15, "thông tư")]),
    ("Chủ tịch nước công bố 8 Luật vừa được Quốc hội thông qua", [("8 Luật", 8, "luật")]),
    # an office or a body of the word list written with capitals after a number
    ("Thủ tướng và 4 Phó Thủ tướng sẽ dự các hội nghị", [("4 Phó Thủ tướng", 4, "phó thủ tướng")]),
    ("lễ ký kết giữa hai Chính phủ diễn ra tại Hà Nội", [("hai Chính phủ", 2, "chính phủ")]),
    ("Hội đồng có 15 thành viên, 1 Chủ tịch và 3 Phó Chủ tịch.", [("15 thành viên", 15, "thành viên"),
                                                                   ("1 Chủ tịch", 1, "chủ tịch"), ("3 Phó Chủ tịch", 3, "phó chủ tịch")]),
    # a whole low end before a scaled high end keeps its value
    ("giá vé dự kiến tăng 200.000 - 1 triệu đồng/người", [("200.000 - 1 triệu đồng", 200000, "đồng"), ("1 triệu đồng", 1000000, "đồng")]),
    # a unit noun heading a compound: the unit is the head with its compound noun
    ("Tỉnh có 6 khu rừng phòng hộ đầu nguồn", [("6 khu rừng phòng hộ", 6, "khu rừng phòng hộ")]),
    ("thành lập 12 điểm tiếp nhận hồ sơ trực tuyến", [("12 điểm tiếp nhận", 12, "điểm tiếp nhận")]),
    ("rà soát 4 loại đất nông nghiệp", [("4 loại đất", 4, "loại đất")]),
    ("tổ chức 5 cuộc tiếp xúc cử tri trước kỳ họp", [("5 cuộc tiếp xúc", 5, "cuộc tiếp xúc")]),
    ("Thành phố có 30 đơn vị bầu cử đại biểu HĐND", [("30 đơn vị bầu cử", 30, "đơn vị bầu cử")]),
    ("Có 4 đơn vị có số phiếu thấp", [("4 đơn vị", 4, "đơn vị")]),
    ("có 2 nhóm đối tượng được hưởng", [("2 nhóm đối tượng", 2, "nhóm đối tượng")]),
    ("danh sách gồm 120 ứng cử viên", [("120 ứng cử viên", 120, "ứng cử viên")]),
    # "năm" after a number word is the noun "year" when "sinh" follows
    ("hồ sơ ghi hai năm sinh khác nhau", [("hai năm sinh", 2, "năm sinh")]),
    # "cấp" after an aspect marker is the verb "grant", not "level"
    ("Sở đã cấp 17 giấy phép xây dựng", [("17 giấy phép", 17, "giấy phép")]),
    # a square metre whose superscript became a spaced digit; a scale glued to its number
    ("mảnh đất rộng 3000 m 2 ở ven đô", [("3000 m 2", 3000, "m2")]),
    ("khoản vay 35triệu đồng", [("35triệu đồng", 35000000, "đồng")]),
    # a number that could be a year counts when a listed unit follows it
    ("dân làng đã hiến gần 1950 mẫu đất", [("1950 mẫu", 1950, "mẫu")]),
    # a unit head keeps a dictionary word only; a verb or a function word after it stays out
    ("ông đã nộp 3 đợt tiền cho bên bán", [("3 đợt", 3, "đợt")]),
    ("sau 2 đợt kiểm tra, đoàn kết luận", [("2 đợt kiểm tra", 2, "đợt kiểm tra")]),
    ("quan trắc tại 9 điểm do Viện Địa chất chọn", [("9 điểm", 9, "điểm")]),
    ("Đề án xác định 4 hướng đột phá trong giai đoạn tới", [("4 hướng đột phá", 4, "hướng đột phá")]),
    ("thay vì 3-4 khu như tờ trình của Sở", [("3-4 khu", 3, "khu"), ("4 khu", 4, "khu")]),
    ("chỉ cho lẻ đến 0,5 điểm đối với bài thi", [("0,5 điểm", 0.5, "điểm")]),
    # a number word before a two-syllable noun whose first syllable would make a word with it
    ("Tỉnh xác định ba động lực chính cho tăng trưởng", [("ba động lực", 3, "động lực")]),
    # "vùng" heads a compound; "dân" before "sinh sống" counts people, not "dân sinh"
    ("quy hoạch cho 6 vùng kinh tế trọng điểm", [("6 vùng kinh tế", 6, "vùng kinh tế")]),
    ("khoảng 3.000 dân sinh sống ven biển phải di dời", [("3.000 dân", 3000, "dân")]),
    ("lương tối thiểu ở 2 vùng tương đương nhau", [("2 vùng", 2, "vùng")]),
    # a glued unit with its superscript lost; a unit ends before a preposition
    ("thửa đất có diện tích 1.250,5m 2 được cấp sổ", [("1.250,5m 2", 1250.5, "m2")]),
    ("chương trình liên kết 4 nhà trong nông nghiệp", [("4 nhà", 4, "nhà")]),
    ("nâng quan hệ hai nước lên tầm đối tác chiến lược", [("hai nước", 2, "nước")]),
    # "phó" heads the office after it; a pronoun starts no counted noun
    ("sở hiện có 2 phó giám đốc và 5 trưởng phòng", [("2 phó giám đốc", 2, "phó giám đốc"), ("5 trưởng phòng", 5, "trưởng phòng")]),
    ("qua hai đợt chúng tôi đã tiếp nhận hồ sơ", [("hai đợt", 2, "đợt")]),
    # a group noun before a number and a listed noun gathers that many ("khu 12 nhà tạm")
    ("tình trạng sạt lở ở khu 20 hộ dân ven đê", [("20 hộ dân", 20, "hộ dân")]),
    ("cả nhóm 8 người đi cùng xe", [("8 người", 8, "người")]),
    # a number word before numbered groups counts them
    ("cử tri ở hai tổ 12 và 15 phản ánh", [("hai tổ", 2, "tổ")]),
    ("tăng cường quan hệ giữa hai Đảng, hai Nhà nước", [("hai Đảng", 2, "đảng"), ("hai Nhà nước", 2, "nhà nước")]),
    # a head noun takes the compound it starts (NOTES 25): the noun after it, or an acronym of its kind
    ("Bộ đã nhận được 27 câu trả lời bằng văn bản", [("27 câu trả lời", 27, "câu trả lời")]),
    ("Kỳ họp bàn cả 3 khối dự luật về kinh tế", [("3 khối dự luật", 3, "khối dự luật")]),
    ("Tỉnh có 7 trạm BTS bị hư hỏng sau bão", [("7 trạm BTS", 7, "trạm bts")]),
    ("Huyện xây mới 4 trạm y tế xã trong năm", [("4 trạm y tế", 4, "trạm y tế")]),
    ("xe khách trên 30 ghế ngồi phải lắp camera", [("30 ghế ngồi", 30, "ghế ngồi")]),
    ("thí sinh cần 550 điểm TOEFL để dự tuyển", [("550 điểm", 550, "điểm")]),
    # nouns coordinated by commas to the end of the clause count one set of things
    ("Sở đã giảm 12 phòng, ban; giảm 20 trưởng phòng, ban.", [("12 phòng, ban", 12, "phòng, ban"),
                                                             ("20 trưởng phòng, ban", 20, "trưởng phòng, ban")]),
    ("tinh giản 64 cán bộ, công chức, viên chức, đạt chỉ tiêu", [("64 cán bộ, công chức, viên chức", 64,
                                                                "cán bộ, công chức, viên chức")]),
    ("Đoàn đã làm việc với 9 bộ, ngành; sau đó", [("9 bộ, ngành", 9, "bộ, ngành")]),
    ("sau sắp xếp còn 18 phòng ban chuyên môn", [("18 phòng ban", 18, "phòng ban")]),
    # ... and a pair of nouns of people or bodies whatever follows (the phrase after it is a
    # modifier, NOTES 25; T/G gold "10 cơ quan, đơn vị thực hiện")
    ("có 40 cán bộ, công chức quản lý đất đai", [("40 cán bộ, công chức", 40, "cán bộ, công chức")]),
    ("Huyện giao 12 cơ quan, đơn vị triển khai kế hoạch", [("12 cơ quan, đơn vị", 12, "cơ quan, đơn vị")]),
    # ... not other nouns when a phrase goes on
    ("mua 3 xe, máy móc phục vụ sản xuất", [("3 xe", 3, "xe")]),
    # an age written after "tuổi" is an age (D_NOTES 11)
    ("ông vẫn minh mẫn ở tuổi 92, vẫn đọc báo hằng ngày", [("tuổi 92", 92, "tuổi")]),
    ("Bước vào tuổi 70 bà vẫn đi làm vườn", [("tuổi 70", 70, "tuổi")]),
    # a range of percentages written with both signs gives both ends (NOTES 21)
    ("giá vé tăng 10%-15% so với năm ngoái", [("10%", 10, "%"), ("15%", 15, "%")]),
    # a change written "từ X xuống còn Y đơn vị": X shares the noun written after Y (D_NOTES 11)
    ("số trường giảm từ 52 xuống còn 40 trường", [("52", 52, "trường"), ("40 trường", 40, "trường")]),
    ("giá tăng từ 80.000 lên 95.000 đồng/m2", [("80.000", 80000, "đồng/m2"), ("95.000 đồng/m2", 95000, "đồng/m2")]),
    # "có" (have) after the counted noun is the clause's verb, no part of the unit ("bên có", a ledger's side)
    ("3 bên có trách nhiệm phối hợp", [("3 bên", 3, "bên")]),
    # two amounts joined by "và"/"hoặc" share the unit written once after the second
    ("bưu điện tăng tương ứng là 10,9 và 9,4%.", [("10,9", 10.9, "%"), ("9,4%", 9.4, "%")]),
    ("thì được bầu 5 hoặc 7 thành viên;", [("5", 5, "thành viên"), ("7 thành viên", 7, "thành viên")]),
    # (not after a label's noun, nor before a scale the first amount may not share)
    ("quy định tại khoản 2 và 3 người được miễn", []),
    ("thiệt hại là 219 hay 217 tỉ đồng", [("217 tỉ đồng", 217000000000, "đồng")]),
    # an amount in words with a smaller amount after its scale is one amount
    ("(Bốn mươi hai triệu ba trăm linh năm nghìn đồng)", [("Bốn mươi hai triệu ba trăm linh năm nghìn đồng",
                                                         42305000, "đồng")]),
    # "đồng tiền" after an amount is money and the change it makes, not coins
    ("khách phải nhận lại 500 đồng tiền lẻ", [("500 đồng", 500, "đồng")]),
    # money in tỉ/triệu whose next word is a pronoun opening the next clause: the amount alone
    ("anh ta đòi 2 tỉ tôi mới chịu ký giấy", [("2 tỉ", 2000000000, "đồng")]),
    ("mỗi căn giá chừng 800 triệu họ vẫn tranh nhau mua", [("800 triệu", 800000000, "đồng")]),
    ("bán mảnh đất được 3 tỷ anh mới trả hết nợ", [("3 tỷ", 3000000000, "đồng")]),
    ("hỗ trợ 1 triệu bà con vùng lũ", [("1 triệu bà con", 1000000, "bà con")]),
    # a noun of money after tỉ/triệu: the amount is in đồng
    ("dự án còn thiếu 12.000 tỉ vốn đối ứng", [("12.000 tỉ", 12000000000000, "đồng")]),
    # nouns of government reports and school levels: a target led by "chỉ", a school with its level,
    # a group of companies, the sessions of a legislature
    ("tỉnh đã hoàn thành 12 chỉ tiêu kinh tế", [("12 chỉ tiêu", 12, "chỉ tiêu")]),
    ("huyện có 9 trường tiểu học và 4 trường trung học cơ sở",
     [("9 trường tiểu học", 9, "trường tiểu học"), ("4 trường trung học cơ sở", 4, "trường trung học cơ sở")]),
    ("riêng nhóm 3 tổng công ty này sẽ thoái vốn", [("3 tổng công ty", 3, "tổng công ty")]),
    ("ý kiến cử tri giữa hai kỳ họp được tổng hợp", [("hai kỳ họp", 2, "kỳ họp")]),
    # nouns of investors, bidders, draft laws and lanes, counted whole
    ("khu kinh tế đã có 45 nhà đầu tư và 3 nhà thầu nước ngoài",
     [("45 nhà đầu tư", 45, "nhà đầu tư"), ("3 nhà thầu", 3, "nhà thầu")]),
    ("kỳ họp sẽ cho ý kiến về 8 dự án luật khác", [("8 dự án luật", 8, "dự án luật")]),
    ("quốc lộ được mở rộng lên 6-8 làn xe", [("6-8 làn xe", 6, "làn xe"), ("8 làn xe", 8, "làn xe")]),
    # a measure per unit of time after a slash is a rate; money keeps its currency
    ("nhà máy công suất 2 triệu tấn/năm, xử lý 3.000 m3/ngày và 400m3/ngày",
     [("2 triệu tấn/năm", 2000000, "tấn/năm"), ("3.000 m3/ngày", 3000, "m3/ngày"), ("400m3/ngày", 400, "m3/ngày")]),
    # an age right after a person's name
    ("Bà Nguyễn Thị Hoa 62 tuổi, ngụ ở huyện bên", [("62 tuổi", 62, "tuổi")]),
    # an English thousands comma before a noun of people: no one counts a fraction of a person
    ("dân số xã giảm từ 3,400 người xuống còn 2.100 người; sản lượng đạt 2,125 tấn",
     [("3,400 người", 3400, "người"), ("2.100 người", 2100, "người"), ("2,125 tấn", 2.125, "tấn")]),
    # a quoted count after a collective noun is a set of those things, no scheme's name
    ("kỳ họp sẽ thông qua bộ ''hai luật'' về đất đai", [("hai luật", 2, "luật")]),
    # "hai bên" before the names of the two sides counts them (not the pronoun of a pair)
    ("chuyên gia của cả hai bên Nhật Bản và Việt Nam cùng tham gia", [("hai bên", 2, "bên")]),
    # "cấp" (to issue) before papers is a verb, not a level
    ("với đất ở nông thôn nên cấp 1 sổ hay 2 sổ", [("1 sổ", 1, "sổ"), ("2 sổ", 2, "sổ")]),
    # coordinated nouns closed by a demonstrative
    ("huyện sẽ hỗ trợ 5 thôn, bản này làm đường", [("5 thôn, bản", 5, "thôn, bản")]),
    # a count of bodies of one kind after a lower-case word, each with its capitalized noun
    ("hội nghị nhận điện mừng của 35 Đảng Cộng sản và công nhân", [("35 Đảng", 35, "đảng")]),
    # "năm" (five) before a scale word is the number, not the noun "year"
    ("người vi phạm bị phạt tiền từ năm triệu đồng đến hai mươi triệu đồng",
     [("năm triệu đồng", 5000000, "đồng"), ("hai mươi triệu đồng", 20000000, "đồng")]),
    ("Năm nghìn hộ dân được hỗ trợ gạo cứu đói", [("Năm nghìn hộ dân", 5000, "hộ dân")]),
    # a statistic's label names the counted noun of the number that ends its clause
    ("Kết quả cụ thể như sau. Số cử tri đi bầu: 1.245.300 (đạt 99,1%).",
     [("1.245.300", 1245300, "cử tri"), ("99,1%", 99.1, "%")]),
    ("Số doanh nghiệp thành lập mới trong quý là 2.315, tăng 4%.",
     [("2.315", 2315, "doanh nghiệp"), ("4%", 4, "%")]),
    # "chục" (ten) after a digit multiplies it
    ("nhà bà nuôi ba chục con gà để bán Tết", [("ba chục con gà", 30, "con gà")]),
    ("gia đình đã vay hai chục triệu đồng", [("hai chục triệu đồng", 20000000, "đồng")]),
    # a measure with the amount it is taken in after a slash: a concentration or a yield
    ("mức quy định là không quá 40 miligam/100 mililít máu", [("40 miligam/100 mililít", 40, "miligam/100 mililít")]),
    ("lái xe có nồng độ cồn 0,3 miligam/lít khí thở", [("0,3 miligam/lít", 0.3, "miligam/lít")]),
    ("giống lúa mới cho năng suất 7 tấn/ha mỗi vụ", [("7 tấn/ha", 7, "tấn/ha")]),
    # ... but a unit of time takes no amount, and money keeps its currency
    ("nhà máy xử lý 3.000 m3/ngày đêm nước thải", [("3.000 m3/ngày đêm", 3000, "m3/ngày đêm")]),
    # election terms of the law counted whole; an office written with capitals
    ("huyện đã bố trí 146 khu vực bỏ phiếu cho ngày bầu cử", [("146 khu vực bỏ phiếu", 146, "khu vực bỏ phiếu")]),
    ("tổ bầu cử nhận 1.520 phiếu bầu cử từ cấp trên", [("1.520 phiếu bầu cử", 1520, "phiếu bầu cử")]),
    ("Đại hội đã bầu 19 Ủy viên Ban Thường vụ Tỉnh ủy", [("19 Ủy viên", 19, "ủy viên")]),
    ("ngôi nhà có 4 thế hệ cùng chung sống", [("4 thế hệ", 4, "thế hệ")]),
    # "cấp" and a tier: three tiers counted; past four, a count whose noun was left out
    ("cử tri bầu đại biểu HĐND 3 cấp tỉnh, huyện, xã", [("3 cấp", 3, "cấp")]),
    ("có 12 ứng cử viên cấp tỉnh, 85 cấp huyện bị loại", [("12 ứng cử viên", 12, "ứng cử viên")]),
    # a label's list of values: each takes the label's noun
    ("Số hộ được hỗ trợ: 1.250 (đợt 1), 2.300 (đợt 2).",
     [("1.250", 1250, "hộ"), ("2.300", 2300, "hộ")]),
    ("Số giáo viên được tuyển mới năm nay lên tới con số 1.200, cao nhất từ trước.",
     [("1.200", 1200, "giáo viên")]),
    ("kỳ họp sẽ thông qua 9 dự án luật và 3 dự thảo nghị quyết", [("9 dự án luật", 9, "dự án luật"), ("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết")]),
    # "vị", the classifier of persons, stays with the noun it classifies
    ("buổi chất vấn có 3 vị bộ trưởng trả lời trực tiếp", [("3 vị bộ trưởng", 3, "vị bộ trưởng")]),
    ("chương trình mời hai vị khách mời là chuyên gia", [("hai vị khách mời", 2, "vị khách mời")]),
    # "rưỡi" after a scale word adds half of it
    ("thành phố có gần 2 triệu rưỡi học sinh các cấp", [("2 triệu rưỡi học sinh", 2500000, "học sinh")]),
    # a percentage per unit of time is a rate, counted with its denominator (money keeps its currency)
    ("lãi suất cho vay ưu đãi là 6,5%/năm, phạt chậm trả 0,05%/ngày", [("6,5%/năm", 6.5, "%/năm"), ("0,05%/ngày", 0.05, "%/ngày")]),
    ("doanh thu tăng bình quân 9-10%/năm", [("9-10%/năm", 9, "%/năm"), ("10%/năm", 10, "%/năm")]),
    ("tỉnh phấn đấu tăng trưởng 8%-9%/năm", [("8%", 8, "%"), ("9%/năm", 9, "%/năm")]),
    ("giảm 20%/lượt cho học sinh", [("20%", 20, "%")]),
    # nouns that open with a word of count_stops.txt are counted when listed
    ("vở diễn có sự tham gia của 120 diễn viên quần chúng", [("120 diễn viên", 120, "diễn viên")]),
    ("Hội nghị bầu 19 ủy viên trong số 23 đề cử", [("19 ủy viên", 19, "ủy viên"), ("23 đề cử", 23, "đề cử")]),
    ("Viện đã nghiệm thu 14 đề tài nghiên cứu khoa học", [("14 đề tài", 14, "đề tài")]),
    ("Bảo tàng trưng bày hơn 300 hiện vật quý", [("300 hiện vật", 300, "hiện vật")]),
    ("UBND tỉnh trao 25 bằng khen cho các tập thể", [("25 bằng khen", 25, "bằng khen")]),
    ("huyện có 37 hợp tác xã và 3 liên hiệp hợp tác xã vận tải", [("37 hợp tác xã", 37, "hợp tác xã"), ("3 liên hiệp hợp tác xã", 3, "liên hiệp hợp tác xã")]),
    # "và" closes a list of nouns joined by commas (without a comma it may join two counts' nouns)
    ("buổi diễn có 500 học sinh, sinh viên và chiến sĩ của các đơn vị", [("500 học sinh, sinh viên và chiến sĩ", 500, "học sinh, sinh viên và chiến sĩ")]),
    ("kỳ họp thông qua 12 dự luật và nghị quyết", [("12 dự luật", 12, "dự luật")]),
    # listed nouns of people: a bare D-M before one is a range of people, not a day
    ("mỗi chốt có tới 2-3 cảnh sát giao thông trực", [("2-3 cảnh sát giao thông", 2, "cảnh sát giao thông"), ("3 cảnh sát giao thông", 3, "cảnh sát giao thông")]),
    ("đoàn huy động hơn 1.500 tình nguyện viên", [("1.500 tình nguyện viên", 1500, "tình nguyện viên")]),
    # "khoản" before an amount of money is a sum, not a clause
    ("Bộ chưa quyết toán khoản 1.200 tỷ đồng vốn đối ứng", [("1.200 tỷ đồng", 1200000000000, "đồng")]),
    # "nguyên"/"cựu" (former) counts nothing: the office after it is the noun
    ("tòa đã xét xử 3 nguyên phó giám đốc sở", [("3 nguyên phó giám đốc", 3, "nguyên phó giám đốc")]),
    ("buổi gặp mặt có hai vị cựu bộ trưởng", [("hai vị cựu bộ trưởng", 2, "vị cựu bộ trưởng")]),
    ("đoàn gồm 40 cựu chiến binh của tỉnh", [("40 cựu chiến binh", 40, "cựu chiến binh")]),
    # a bare "trường" before "trung ương"; a listed unit of two syllables stays whole
    ("hệ thống có 9 trường trung ương và 40 trường tỉnh", [("9 trường", 9, "trường"), ("40 trường", 40, "trường")]),
    ("phát hiện 12 trường hợp doanh nghiệp kê khai sai", [("12 trường hợp", 12, "trường hợp")]),
    ("xã còn 45 hộ dân sinh sống trong vùng sạt lở", [("45 hộ dân", 45, "hộ dân")]),
    # a unit ends before a syllable that starts the next word ("bộ binh"), unless the next
    # syllable starts a word of its own ("nội địa")
    ("lực lượng gồm hai sư đoàn bộ binh và một lữ đoàn", [("hai sư đoàn", 2, "sư đoàn")]),
    ("ngành có 900 hướng dẫn viên nội địa", [("900 hướng dẫn viên", 900, "hướng dẫn viên")]),
    # owners named by what they own, and compound nouns of things the word list lacks
    ("tỉnh đã hỗ trợ 120 chủ tàu cá và 3 chủ đầu tư", [("120 chủ tàu", 120, "chủ tàu"), ("3 chủ đầu tư", 3, "chủ đầu tư")]),
    ("vụ tai nạn làm 4 toa xe bị lật", [("4 toa xe", 4, "toa xe")]),
    # a loanword written with hyphens is one word; "x" between numbers multiplies
    ("chợ mới có 40 ki-ốt cho tiểu thương thuê", [("40 ki-ốt", 40, "ki-ốt")]),
    ("xưởng thay 6 xi-lanh cho máy phát", [("6 xi-lanh", 6, "xi-lanh")]),
    ("khu nhà có 12 căn x 3 tầng", [("12 căn", 12, "căn"), ("3 tầng", 3, "tầng")]),
    # the floors of a building named before them
    ("dự án chung cư Hoàng Anh 30 tầng bị chậm tiến độ", [("30 tầng", 30, "tầng")]),
    # an amount of money whose thousands a stray space splits
    ("mỗi lượt xe phải nộp 25. 000 đồng", [("25. 000 đồng", 25000, "đồng")]),
    ("tổng mức đầu tư là 14. 250,5 triệu đồng", [("14. 250,5 triệu đồng", 14250500000, "đồng")]),
    ("Tổng số là 12. 100 hộ tham gia", [("100 hộ", 100, "hộ")]),   # only before money: maybe two sentences
    # "chỉ ... một" (only one) is the number one, not the indefinite article (T/V/W_NOTES, F_NOTES 3)
    ("Mỗi hộ chỉ được nhận một suất quà trong đợt này.", [("một suất quà", 1, "suất quà")]),
    ("Cả xã chỉ còn một hộ nghèo.", [("một hộ nghèo", 1, "hộ nghèo")]),
    ("Chỉ một người bị thương nhẹ.", [("một người", 1, "người")]),
    ("Thành phố giao một đầu mối duy nhất quản lý.", [("một đầu mối", 1, "đầu mối")]),
    # money per unit of time or of a measure, and a count per unit of time, are rates (K/L/Q/W_NOTES)
    ("Mức lương 4,5 triệu đồng/tháng được áp dụng.", [("4,5 triệu đồng/tháng", 4500000, "đồng/tháng")]),
    ("giá đất nền lên 25 triệu đồng/m2 tại khu vực này", [("25 triệu đồng/m2", 25000000, "đồng/m2")]),
    ("giá thuê 300 đồng/m2/năm", [("300 đồng/m2/năm", 300, "đồng/m2/năm")]),
    ("hỗ trợ 1,2 triệu đồng/tháng/học sinh, sinh viên", [("1,2 triệu đồng/tháng/học sinh", 1200000, "đồng/tháng/học sinh")]),
    ("giá đất 15 triệu đồng/m 2 ở mặt tiền", [("15 triệu đồng/m 2", 15000000, "đồng/m2")]),
    ("giá thuê đất 210 đồng/m 2/năm", [("210 đồng/m 2/năm", 210, "đồng/m2/năm")]),
    ("tuyến xe buýt chạy 4 chuyến/ngày", [("4 chuyến/ngày", 4, "chuyến/ngày")]),
    ("mỗi năm chỉ kiểm tra 1 lần/năm", [("1 lần/năm", 1, "lần/năm")]),
    # ... and so is a count of people per event (U_NOTES 6: "60-300 người/cuộc"), while a share
    # with an amount after the slash counts only the amount (T_NOTES 5: "1 người/1 đơn vị")
    ("tham dự 50-100 người/cuộc, vượt 1 người/1 đơn vị",
     [("50-100 người/cuộc", 50, "người/cuộc"), ("100 người/cuộc", 100, "người/cuộc"), ("1 người", 1, "người")]),
    # a head noun "vụ", "hệ thống" takes the word after it (NOTES 25), not a function phrase
    ("Trong năm xảy ra 12 vụ tai nạn giao thông làm 3 người chết.", [("12 vụ tai nạn", 12, "vụ tai nạn"),
                                                                     ("3 người", 3, "người")]),
    ("diện tích lúa 2 vụ trở lên đạt 500 ha", [("2 vụ", 2, "vụ"), ("500 ha", 500, "ha")]),
    ("Thành phố xảy ra 35 vụ cháy, gây thiệt hại 2 tỷ đồng", [("35 vụ cháy", 35, "vụ cháy"), ("2 tỷ đồng", 2000000000, "đồng")]),
    ("Tháng này xảy ra 7 vụ TNGT, tăng 2 vụ gây thương vong", [("7 vụ TNGT", 7, "vụ tngt"), ("2 vụ", 2, "vụ")]),
    ("doanh nghiệp lập hai hệ thống sổ sách kế toán", [("hai hệ thống sổ sách", 2, "hệ thống sổ sách")]),
    # comrades counted with their office keep it (V_NOTES, NOTES 25)
    ("Ban chỉ đạo có tới 4 đồng chí phó ban.", [("4 đồng chí phó ban", 4, "đồng chí phó ban")]),
    ("Hội nghị bầu bổ sung 2 đồng chí Phó Bí thư Tỉnh ủy.", [("2 đồng chí Phó Bí thư", 2, "đồng chí phó bí thư")]),
    # units the table lacked: party age, watts, indices, the pair "tỉnh, TP"
    ("Cụ có 60 tuổi Đảng.", [("60 tuổi Đảng", 60, "tuổi đảng")]),
    ("thay bóng đèn 60 W bằng đèn LED", [("60 W", 60, "w")]),
    ("tỉnh cải thiện 4 chỉ số thành phần", [("4 chỉ số", 4, "chỉ số")]),
    ("hội nghị trực tuyến với 63 tỉnh, TP trong cả nước", [("63 tỉnh, TP", 63, "tỉnh, tp")]),
    # a numbering noun that ends another word (mostly a verb) numbers nothing: "cung cấp", "nâng
    # cấp", "phân loại", "định kỳ" are followed by a count; a compound that still numbers is listed
    ("Công ty đã cung cấp 12 triệu liều vắc-xin cho các tỉnh.", [("12 triệu liều", 12000000, "liều")]),
    ("Thành phố chi khẩn cấp 3,5 tỉ đồng để khắc phục hậu quả.", [("3,5 tỉ đồng", 3500000000, "đồng")]),
    ("Huyện đã nâng cấp 27 tuyến đường giao thông nông thôn.", [("27 tuyến đường", 27, "tuyến đường")]),
    ("Thanh tra tỉnh đang phân loại 46 vụ khiếu nại kéo dài.", [("46 vụ khiếu nại", 46, "vụ khiếu nại")]),
    ("Ban chỉ đạo họp định kỳ 2 lần/năm để đánh giá.", [("2 lần/năm", 2, "lần/năm")]),
    # "một" before a scale word is the number one of an amount, not the article
    ("Chương trình ảnh hưởng tới hơn một triệu học sinh tiểu học.", [("một triệu học sinh", 1000000, "học sinh")]),
    ("Doanh nghiệp bị thiệt hại gần một tỷ đồng sau trận lũ.", [("một tỷ đồng", 1000000000, "đồng")]),
    # a number glued to the comma after a word ("Nam,10"): the comma is no decimal mark there
    ("Lễ trao giải cho các doanh nghiệp Việt Nam,12 khách sạn và 5 khu du lịch.",
     [("12 khách sạn", 12, "khách sạn"), ("5 khu du lịch", 5, "khu du lịch")]),
    # the traditional weights of gold are units
    ("Gia đình cho hàng xóm vay 15 chỉ vàng không lấy lãi.", [("15 chỉ vàng", 15, "chỉ vàng")]),
    # an amount of millions with no noun is money, unless its clause counts a population
    ("Cuối năm ngoái, dân số toàn tỉnh khoảng 1,3 triệu, tăng nhẹ.", []),
    ("Năm nay lượng khách quốc tế đến Đà Nẵng đạt gần 3 triệu.", []),
    ("Thu nhập của lao động nữ ở đây chỉ khoảng 4 triệu mỗi tháng.", [("4 triệu", 4000000, "đồng")]),
    # an office counted in a body named after it ("Sở", "UBND"), not by a holder's name
    ("Hiện Sở có tới 5 Phó giám đốc Sở, vượt quy định.", [("5 Phó giám đốc", 5, "phó giám đốc")]),
    ("Huyện này có 3 Phó Chủ tịch UBND huyện.", [("3 Phó Chủ tịch", 3, "phó chủ tịch")]),
    # "mức" numbers a level ("mức 4") but before money, a share or a measure it is an amount
    ("Mức phạt 20-30 triệu đồng áp dụng với tổ chức.", [("20-30 triệu đồng", 20000000, "đồng"), ("30 triệu đồng", 30000000, "đồng")]),
    ("Nhà máy chạy ở mức 5.000 m3/ngày.", [("5.000 m3/ngày", 5000, "m3/ngày")]),
    # a classifier and its noun before another word: "lượt khách" of "lượt khách du lịch"
    ("Năm nay tỉnh đón 4 triệu lượt khách du lịch nội địa.", [("4 triệu lượt khách", 4000000, "lượt khách")]),
    ("Khu nghỉ dưỡng có 800 phòng khách sạn cao cấp.", [("800 phòng", 800, "phòng")]),
    # the number of a body's acronym counts ("HĐND 3 cấp"); "gấp 2 lần" counts times
    ("Cử tri đi bầu đại biểu HĐND 3 cấp.", [("3 cấp", 3, "cấp")]),
    ("Doanh thu tăng gấp 2 lần so với năm trước.", [("2 lần", 2, "lần")]),
    # a number in words after a capitalized word names no model: it counts
    ("UBND tỉnh đã giao cho Công ty Sông Đà ba dự án lớn.", [("ba dự án", 3, "dự án")]),
    # a capitalized function word opening a sentence run on from a headline names no model
    ("Thông qua Luật Đất đai Với 420 đại biểu tán thành", [("420 đại biểu", 420, "đại biểu")]),
    # the parts of a legal text counted with a capital ("Điều 5" after "khoản 2" names one)
    ("Luật Thủy lợi gồm 10 Chương, 60 Điều; khoản 2 Điều 5 quy định rõ.", [("10 Chương", 10, "chương"), ("60 Điều", 60, "điều")]),
    # a square or cubic measure written with a superscript, glued or not, before a comma
    ("Mỗi căn rộng 68 m², sân 120m², bể chứa 40 m³.", [("68 m²", 68, "m2"), ("120m²", 120, "m2"), ("40 m³", 40, "m3")]),
    # "triệu" shortened before the currency ("tr.đ", "trđ"), a currency glued before a slash
    ("Mỗi lao động có thu nhập 6 trđ, hộ nghèo được hỗ trợ 2 tr đồng.",
     [("6 trđ", 6000000, "đồng"), ("2 tr đồng", 2000000, "đồng")]),
    # a ranked group of so many ("nhóm 50 nước"), where "nhóm 1" numbers a group
    ("Mục tiêu là đưa Việt Nam vào nhóm 50 nước; nhóm 1 gồm các tỉnh lớn.", [("50 nước", 50, "nước")]),
    ("Hội nghị có đại diện của 21 quốc gia thành viên.", [("21 quốc gia", 21, "quốc gia")]),
    # an amount in words that goes on into a scale word ("năm trăm nghìn"), or ends on "linh năm"
    ("Người vi phạm bị phạt năm trăm nghìn đồng.", [("năm trăm nghìn đồng", 500000, "đồng")]),
    ("Xã có một trăm linh năm hộ nghèo.", [("một trăm linh năm hộ nghèo", 105, "hộ nghèo")]),
    ("Vé vào cổng 40.000đ/người, phí gửi xe 100.000đ/tháng, đá 55.000đ/m3.",
     [("40.000đ", 40000, "đồng"), ("100.000đ/tháng", 100000, "đồng/tháng"), ("55.000đ/m3", 55000, "đồng/m3")]),
    # a measure or an amount in thousands after a place's or a firm's name is no model number
    ("Doanh nghiệp đã giao cho Công ty Hòa Phát 15.300 m3 đá hộc.", [("15.300 m3", 15300, "m3")]),
    ("Khu tái định cư nằm cách thị trấn Phong Điền 12 km về phía bắc.", [("12 km", 12, "km")]),
    ("Sản lượng cá chết tăng (Thừa Thiên Huế 2.140 tấn, Quảng Bình 86 tấn).",
     [("2.140 tấn", 2140, "tấn"), ("86 tấn", 86, "tấn")]),
    ("Các khu công nghiệp Tam Thăng 197,6ha và Bắc Chu Lai 361ha đã lấp đầy.",
     [("197,6ha", 197.6, "ha"), ("361ha", 361, "ha")]),
    # a name ending on a noun that numbers things ("Trang": page) before a number in words
    ("Tỉnh đã giao cho Công ty Du lịch Nha Trang năm dự án ven biển.", [("năm dự án", 5, "dự án")]),
    # "two or three": a digit and the next one after a comma, a range of both ends
    ("Mỗi đêm có 2, 3 xe chở cát đi qua cầu.", [("2, 3 xe", 2, "xe"), ("3 xe", 3, "xe")]),
    # "cấp" (grant) before an amount of money is a verb, not a level
    ("Ngân sách tỉnh cấp 450 triệu đồng để sửa trường.", [("450 triệu đồng", 450000000, "đồng")]),
    # a period after "mỗi" is a share, no day or month; thousands dots make an amount; a place's
    # share of people
    ("Bình quân mỗi tháng 45 người tử vong vì đuối nước.", [("45 người", 45, "người")]),
    ("Đoàn xe đã chạy quãng đường 12.500 km qua 20 tỉnh.", [("12.500 km", 12500, "km"), ("20 tỉnh", 20, "tỉnh")]),
    ("Đứng đầu là Nghệ An 11 người, tiếp theo là Thanh Hóa 9 người.", [("11 người", 11, "người"), ("9 người", 9, "người")]),
    # "trăm", "chục" alone after a word of approximation: a hundred, ten
    ("Đoàn cứu hộ phải đi bộ hơn trăm km đường rừng.", [("trăm km", 100, "km")]),
    ("Có trên chục hộ dân ký đơn, hơn chục nghìn người theo dõi.",
     [("chục hộ dân", 10, "hộ dân"), ("chục nghìn người", 10000, "người")]),
    # classifiers of events and bodies keep the noun after them (NOTES 25), a word that ends with
    # a preposition's syllable included ("hàng không")
    ("Năm 2005 đã có 2 cơn bão mạnh hoạt động, 3 cơn dư chấn.",
     [("2 cơn bão", 2, "cơn bão"), ("3 cơn dư chấn", 3, "cơn dư chấn")]),
    ("Từ đầu năm đến nay đã xảy ra 3 trận động đất ở ngoài khơi Vũng Tàu.", [("3 trận động đất", 3, "trận động đất")]),
    ("Cả 2 hãng hàng không của Việt Nam đã phải cắt giảm chuyến bay.", [("2 hãng hàng không", 2, "hãng hàng không")]),
    ("Chủ tịch nước tặng Giải thưởng Hồ Chí Minh cho hai cụm công trình đặc biệt xuất sắc.",
     [("hai cụm công trình", 2, "cụm công trình")]),
    ("Quân nhạc cử quốc thiều và 19 loạt đại bác chào mừng.", [("19 loạt đại bác", 19, "loạt đại bác")]),
    ("Lực lượng đã sử dụng trên 22 vạn viên đạn, bản sao 18 pho tượng La Hán.",
     [("22 vạn viên đạn", 220000, "viên đạn"), ("18 pho tượng", 18, "pho tượng")]),
    # "tự" (self) opens a verb, no counted noun: the amount in "triệu" is money
    ("Chủ đầu tư vay thương mại 475 triệu tự thu xếp vốn.", [("475 triệu", 475000000, "đồng")]),
    # money per a measure written out or per kWh is a rate, like "đồng/m2" (K, L, Q_NOTES)
    ("Mức đền bù từ 28 triệu/mét vuông xuống còn 20 triệu/mét vuông.",
     [("28 triệu/mét vuông", 28000000, "đồng/mét vuông"), ("20 triệu/mét vuông", 20000000, "đồng/mét vuông")]),
    ("Giá điện bằng khoảng 7,3 cent/kWh.", [("7,3 cent/kWh", 7.3, "cent/kwh")]),
    # a share "trong số" (out of) a whole counts the share only (J_NOTES 11 by W_NOTES 4) ...
    ("Theo PCI-2016, 66% trong số 11.000 DN được hỏi xác nhận phải trả chi phí.", [("66%", 66, "%")]),
    ("Khảo sát cho thấy 85% trong tổng số 28,8 triệu thanh niên muốn vào Đảng.", [("85%", 85, "%")]),
    # ... while counts with their own nouns are both counted
    ("Có 21 người trong số 46 ứng cử viên trúng cử.", [("21 người", 21, "người"), ("46 ứng cử viên", 46, "ứng cử viên")]),
    # a change "từ X lên Y" shares Y's noun with X (D_NOTES 11) past a bound or a range
    ("Số học sinh tăng nhanh, từ hơn 13.000 lên gần 30.000 em.", [("13.000", 13000, "em"), ("30.000 em", 30000, "em")]),
    ("Tăng ngân sách cho dạy nghề từ 6 lên 10-12% tổng ngân sách.",
     [("6", 6, "%"), ("10-12%", 10, "%"), ("12%", 12, "%")]),
    # "thêm một" (one more) is a number, one added (E_NOTES 9 by F_NOTES 3)
    ("Dự án sẽ mở rộng mặt cắt ngang đường Nghi Tàm thêm một làn xe.", [("một làn xe", 1, "làn xe")]),
    ("Ổ dịch được khoanh vùng khi mới có thêm một bệnh nhân tử vong.", [("một bệnh nhân", 1, "bệnh nhân")]),
    # a list of three or more nouns of places, bodies or people is the counted set, whatever follows
    ("Toàn tỉnh có 317 phường, xã, thị trấn tham gia phong trào.",
     [("317 phường, xã, thị trấn", 317, "phường, xã, thị trấn")]),
    ("Đoàn đã xử phạt 91 tổ chức, doanh nghiệp, cá nhân vi phạm.",
     [("91 tổ chức, doanh nghiệp, cá nhân", 91, "tổ chức, doanh nghiệp, cá nhân")]),
    # ... and so is a pair of them joined by "và" alone, with no number or name after it
    ("Ban tổ chức nhận 214 đơn vị và cá nhân gửi tham dự; lũ qua 3 xã và huyện Tiền Hải.",
     [("214 đơn vị và cá nhân", 214, "đơn vị và cá nhân"), ("3 xã", 3, "xã")]),
    # ... not one whose noun heads another (a phrase goes on: the first noun is counted)
    ("Có 31 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ chưa báo cáo.", [("31 bộ", 31, "bộ")]),
    # "X trong (tổng) số Y đơn vị": X counts Y's noun, written once ("1 trong 3" without "số" does not)
    ("Đến nay có 22 trong số 63 địa phương đã hoàn thành.",
     [("22", 22, "địa phương"), ("63 địa phương", 63, "địa phương")]),
    ("Ông là 1 trong tổng số 7 bộ trưởng trả lời chất vấn.", [("1", 1, "bộ trưởng"), ("7 bộ trưởng", 7, "bộ trưởng")]),
    ("Công ty đã giành được 8 trên tổng số 15 công trình lớn.", [("8", 8, "công trình"), ("15 công trình", 15, "công trình")]),
    # money per household or per head is a rate, counted with its denominator
    ("Mỗi hộ được vay không quá 4 triệu đồng/hộ; thu nhập đạt 640 USD/đầu người.",
     [("4 triệu đồng/hộ", 4000000, "đồng/hộ"), ("640 USD/đầu người", 640, "usd/đầu người")]),
    ("Lương bình quân tăng từ 4,4 triệu đồng/người/ tháng lên 84,5 triệu đồng/lao động.",
     [("4,4 triệu đồng/người/ tháng", 4400000, "đồng/người/tháng"), ("84,5 triệu đồng/lao động", 84500000, "đồng/lao động")]),
    # a count per a noun of another class is a rate (U_NOTES 6); two nouns of one class are alternatives
    ("Số cử tri tham dự 60-300 người/cuộc; bình quân 13,47 tiêu chí/xã; 127 quốc gia/nền kinh tế.",
     [("60-300 người/cuộc", 60, "người/cuộc"), ("300 người/cuộc", 300, "người/cuộc"),
      ("13,47 tiêu chí/xã", 13.47, "tiêu chí/xã"), ("127 quốc gia", 127, "quốc gia")]),
    # an adjective or a verb after a unit noun describes it, no part of the unit
    ("Năm qua xảy ra 1 vụ nghiêm trọng và 423.085 vụ buôn bán hàng cấm bị phát hiện.",
     [("1 vụ", 1, "vụ"), ("423.085 vụ", 423085, "vụ")]),
    ("Chính phủ tặng Cờ thi đua cho 19 đơn vị dẫn đầu phong trào thi đua.", [("19 đơn vị", 19, "đơn vị")]),
    ("Đại hội lấy phiếu về 13 điểm bổ sung sửa đổi điều lệ Đảng.", [("13 điểm", 13, "điểm")]),
    ("Tỉnh có 13 đơn vị cung cấp dịch vụ bưu chính, 6 đơn vị hoạt động cầm chừng.",
     [("13 đơn vị", 13, "đơn vị"), ("6 đơn vị", 6, "đơn vị")]),
    # a kinship noun after "người" is part of the unit
    ("Ông đã cùng 4 người bạn vào nhà nghỉ, gia đình có 9 người con.",
     [("4 người bạn", 4, "người bạn"), ("9 người con", 9, "người con")]),
    # tonnes a year written "T/năm"
    ("Nhà máy có công suất 9.000 T/năm.", [("9.000 T/năm", 9000, "t/năm")]),
]

NEGATIVES = [
    # "hai chiều" (two-way) qualifies trade, counts no directions
    "Hai bên phấn đấu tăng nhanh kim ngạch buôn bán hai chiều và đầu tư hai chiều.",
    # ... but not a step further, a while, once again, or some
    "Đại biểu này tiếp tục dấn thêm một bước là đề nghị Quốc hội bỏ phiếu.",
    "Chúng ta phải chờ thêm một thời gian nữa, xã hội thêm một lần nữa lo ngại.",
    "Chủ tịch giải thích rõ thêm một số vấn đề cụ thể.",
    # "hôm" (day) counts no thing: "hai hôm nay" is a length of time, "hôm nay" a relative date
    "Hai hôm nay, việc chất vấn đã đạt được yêu cầu.",
    "ông Hải sẽ tiếp tục gặp một lần nữa",
    "mua một chiếc xe “ngon một chút”",
    "hàng chục hộ dân và hàng trăm người đến dự",
    "thiệt hại hàng tỉ đồng",
    "vài người dân và nhiều cán bộ",
    "Hội nghị lần thứ 5 Ban Chấp hành",
    "ông Đoàn Ngọc Hải, Phó chủ tịch UBND quận 1 tiếp tục công tác",
    "khoản 1.b Điều 35 Nghị định quy định",
    "quy định tại khoản 1, 2, 3 điều 5 của quyết định",
    "mua chiếc Mazda 6 thay vì mua chiếc khác",
    "huyện Đông Anh mua chiếc Toyota Camry 2.4 với giá cao",
    "Trạm thu phí BOT K13+250 đường 39B",
    "Nghị quyết số 25-NQ/TW ngày 03/6/2013",
    "Hội nghị tổng kết 10 năm thực hiện",
    "Năm lần bảy lượt cấp cứu vì đau dạ dày",
    "cơ chế này được ví như con dao hai lưỡi",
    "Viện đã lập bản đồ địa chất tỷ lệ 1/1 triệu",
    "Bác dạy: dễ mười lần không dân cũng chịu, khó vạn lần dân liệu cũng xong",
    "nằm ngay góc ngã ba đường",
    "có lập biểu theo Biểu số 03 tại Thông tư",
    "Các văn bản này gồm: 1/ Công văn số 7696/UB-ĐT",
    "giải quyết trong 6 tháng và 30 ngày",
    "theo quy định tại khoản 3 Điều 12 của Nghị định",
    "đúng 16h30 chiều",
    "thảo luận dự toán ngân sách 2006 diễn ra sáng nay",
    "số ủy viên có thể là 175 lấy 160",
    "sống trong căn nhà cấp 4 đã xuống cấp",
    "bão mạnh cấp 12 giật cấp 13 đổ bộ vào đất liền",
    "người mua trú tại 25 thôn Phú Mỹ, xã Hòa Bình",
    "rác thải đổ hai bên đường làng",
    "Thông tư 11 hướng dẫn thi hành Nghị định",
    "Điều 12 Luật Đầu tư công 2019 quy định rõ",
    "các quán bar mở cửa đến 1-2h sáng",
    "tại Đại hội 12 Đảng bộ tỉnh, đại biểu đã thảo luận",
    "Hội nghị Trung ương 7 khóa XII thảo luận về cán bộ",
    "nhiều người dân gọi ông là anh Bảy Thắng",
    "chương trình xây dựng luật năm 20079 dự án được trình",
    "ông Hùng ở tổ dân phố 7 phường Tân Mai cho biết",
    # a number after a name or a document word, then a verb: the number names it
    "Vụ PMU 12 dẫn đến nhiều hệ lụy",
    "theo công văn 2145 gửi các sở",
    "phương án 2 rất phù hợp với thực tế",
    "quy định tại Hiến pháp 2013 đồng thời bảo đảm quyền con người",
    "Nghị quyết Hội nghị TƯ 6 khóa XI về đất đai",
    "Sở Chỉ huy Quân khu 7 vẫn trực",
    "bà Lan ở khu 4 thị trấn Yên Viên",
    "Ban Chỉ đạo Đề án 30 cấp tỉnh đã họp",
    "ô tô mang biển số ký hiệu 80 màu xanh",
    # a licence plate: its series glued to letters, its number after a dash
    "chiếc xe khách biển kiểm soát 47B-012.34 lao xuống vực",
    "tổ chức thành công Năm ASEAN 2020 kết hợp thăm song phương",
    # "hai bên": the two parties already named, not a count of sides (C_NOTES, NOTES 26)
    "Hai bên nhất trí tăng cường hợp tác kinh tế",
    "phát triển quan hệ giữa hai bên trong thời gian tới",
    # a number and its noun that a pair of quotes holds: the name of a scheme or a slogan
    "đa số đại biểu tán thành phương án “2 sổ” cho nhà ở",
    "phong trào \"3 không\" được triển khai rộng khắp",
    # a capitalized unit followed by the name of one body: the number is the name's before it
    "bệnh nhân được chuyển lên Bệnh viện 108 Bộ Quốc phòng",
    # "năm" the noun before a scale word, a fraction, the letters of a document's symbol
    "mỗi năm triệu lượt khách ghé thăm khu di tích",
    "Số còn lại là 17, chưa được xử lý.",
    "Theo Quyết định số: 1520, các hộ được hỗ trợ.",
    "hơn hai phần ba diện tích tỉnh là đồi núi",
    "theo Công văn số 5120 BTC/TCT gửi các cục thuế",
    # "năm" the year before a counted noun
    "sang năm người dân sẽ được hỗ trợ thêm",
    "trong năm đơn vị đã hoàn thành kế hoạch",
    # a vague pair of number words ("ba bốn": three or four)
    "phải ba bốn làng mới có một lễ hội",
    "mỗi xã chỉ có dăm ba người tham gia",
    # a noun in brackets before the number still names it
    "theo quy định (Điều 650 Bộ luật Dân sự)",
    "theo Điều 26 Luật Đấu thầu và khoản 3 Điều 8 Luật Ngân sách nhà nước",
    # ... not after a name's number, across a line, after decimals, nor before a holder's name
    "tổ chức thành công ASEM 5 Hội nghị cấp cao Á - Âu",
    "liên quan đến vụ PMU 18\nChiều qua, Bộ Chính trị họp",
    "trao quyết định cho 12 Đại sứ Đặc mệnh toàn quyền",
    # no range runs down: a day and a month in a timetable
    "lịch thi: 7-6 Hóa học, 8-6 Toán",

    "theo quyết định (số 4945 ký ngày 7/10/2004) của UBND thành phố",
    # a licence plate's number after its series and a spaced dash
    "chiếc xe tải BKS 29C - 123.45 đâm vào dải phân cách",
    "ô tô mang biển kiểm soát 51F – 678.90 bỏ chạy",
    # a preposition or a verb after a number is no counted noun
    "vấn đề này đã được đưa vào Nghị quyết Trung ương 6 giữa nhiệm kỳ",
    "các đơn vị quy định từ khoản 1 đến 5 nêu trên",
    # a steering committee named by the number of its decision
    "Văn phòng Thường trực Ban Chỉ đạo 127 quốc gia đã tổng kết",
    # "một" after "chỉ là", "không chỉ", the verb "chỉ ra", or before a share: the article
    "Đây chỉ là một giải pháp tình thế.",
    "Anh đã đến đây không chỉ một lần.",
    "Không chỉ một người phản đối dự án.",
    "Người dân được hướng dẫn truy cập địa chỉ một trang web của tỉnh.",
    "Ông chỉ ra một nguyên nhân chính.",
    "Ngân sách chỉ đáp ứng một phần kinh phí.",
    # the scale of a plan or a map is no fraction of a set
    "đang lập quy hoạch chi tiết tỷ lệ 1/2000 khu dân cư",
    "phê duyệt quy hoạch 1/500 cụm công nghiệp",
    # "một" before a word that a scale word starts is the article: a rate, a millionaire
    "Đây là một tỷ lệ rất đáng lo ngại.",
    "Ông ấy từng là một triệu phú ở thị xã.",
    # a rank after "xếp hạng", a crossroads "ngã 4", an ordinal after "hạng thứ"
    "Năm nay trường xếp hạng 3 khu vực phía Bắc.",
    "Xe rẽ trái tại ngã 4 chợ huyện.",
    "Em đứng hạng thứ 5 trong lớp.",
    # a level numbered, a multiplier, the number of a name written as an acronym
    "Xe phải đạt tiêu chuẩn khí thải mức 4 đòi hỏi công nghệ cao.",
    "Chi phí tăng cao gấp 3 tốc độ tăng trưởng.",
    "Sai phạm ở PMU 18 nghiêm trọng như vậy.",
    # a model's number after its name, a list of numbered clauses after a comma
    "Anh mua chiếc Mazda 6 cũ.",
    "Theo khoản 2, 3 Điều 7 của Luật, đơn vị phải báo cáo.",
    "Các đường cấp 3 phải được nâng cấp.",
    "Trong tháng 3 người dân đi lễ chùa rất đông.",
    # a group's name of an acronym and a plus sign
    "Thủ tướng dự Hội nghị cấp cao ASEAN + 3 lần thứ 10 tại Singapore.",
    # "hàng trăm", "cả chục" are vague; "gần chục năm" is a length
    "Hàng trăm người dân và cả chục xe cứu hỏa có mặt.",
    "Dự án treo gần chục năm nay, khoảng chục hộ dân đã chuyển đi.",
    # "mấy" after a number makes it vague: ten-odd
    "Có mười mấy người dân đến xem.",
    # a quoted slogan of numbered words names a programme
    "Đơn vị thực hiện tốt phong trào “3 sạch, 2 không” ở khu dân cư.",
    # a hotel's rating in stars is a class, no count
    "Khách sạn 5 sao đạt giải; cơ sở lưu trú được xếp hạng từ 1 đến 5 sao.",
    # "đất 5%" before the purpose of the land names an allotment, no share
    "Ông không được hỗ trợ đất 5% an sinh xã hội.",
    # a forest plot numbered in its sub-zone
    "Rừng thuộc khoảnh 3 tiểu khu 12 bị chặt phá.",
    # the members of a limited company's legal form
    "Chuyển thành công ty TNHH hai thành viên; Công ty trách nhiệm hữu hạn một thành viên Nam Triệu.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_counts(text, expected):
    doc = run(text)
    assert [(s.text, s.attrs["value"], s.attrs["unit"]) for s in doc.counts] == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_not_counts(text):
    assert run(text).counts == []


@pytest.mark.parametrize("s,value", [
    ("1.500", 1500), ("25.000.000", 25000000), ("1,5", 1.5), ("04", 4), ("1.234,5", 1234.5), ("2.4", 2.4),
])
def test_vietnamese_number_formats(s, value):
    assert parse_digits(s) == value


@pytest.mark.parametrize("words,value", [
    ("hai", 2), ("mười", 10), ("mười lăm", 15), ("hai mươi lăm", 25), ("ba trăm", 300),
    ("ba trăm hai mươi", 320), ("một trăm", 100), ("năm mươi", 50),
    ("một", None), ("năm", None), ("lăm", None), ("hai ba", None), ("mươi", None),
])
def test_number_words(words, value):
    assert parse_words(words.split()) == value


def test_values_are_ints_unless_decimal():
    doc = run("có 1.500 người và 2,5 triệu đồng, 1,5 ha")
    assert [type(s.attrs["value"]) for s in doc.counts] == [int, int, float]


# Known misses, kept visible.
def test_fraction_of_a_population():
    assert run("có hơn 1/3 dân không đồng ý").counts == []


def test_a_long_run_of_digits_is_no_amount():
    assert run("mã số " + "1" * 5000 + " người").counts == []
