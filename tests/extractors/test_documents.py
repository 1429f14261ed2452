"""Document references: type, symbol, issued, issuer (GUIDELINES "Documents")."""
from __future__ import annotations

import pytest

from pipeline.extractors import documents
from pipeline.extractors.documents import issuer_fits

from .helpers import doc_of, run

# (text, [(span text, type, symbol, issued, issuer)], published)
CASES = [
    # Party style, with số, date and the central author
    ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng; tiếp tục",
     [("Nghị quyết số 25-NQ/TW", "Nghị quyết", "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng")], None),
    ("Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư Trung ương Đảng về tiếp tục thực hiện",
     [("Kết luận số 43-KL/TW", "Kết luận", "43-KL/TW", "2019-01-07", "Ban Bí thư Trung ương Đảng")], None),
    ("thực hiện tốt Quy định số 124-QĐ/TW, ngày 02/02/2018 của Ban Bí thư Trung ương Đảng “về giám sát”",
     [("Quy định số 124-QĐ/TW", "Quy định", "124-QĐ/TW", "2018-02-02", "Ban Bí thư Trung ương Đảng")], None),
    ("Ban Thường vụ ban hành Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường",
     [("Chỉ thị 05-CT/TU", "Chỉ thị", "05-CT/TU", None, "Ban Thường vụ Tỉnh ủy")], None),
    ("học tập và làm theo Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh",
     [("Chỉ thị 05-CT/TW", "Chỉ thị", "05-CT/TW", None, "Bộ Chính trị")], None),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương",
     [("Quy định số 08-QĐi/TW", "Quy định", "08-QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương")], None),
    # a plenum before the committee: the committee is the author
    ("thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về",
     [("Nghị quyết số 18-NQ/TW", "Nghị quyết", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng khóa XII")], None),
    # a district committee implementing a central document is not its author
    ("các mục tiêu của Nghị quyết số 25-NQ/TW và Kết luận số 43-KL/TW của Quận ủy Lê Chân đã đi vào cuộc sống",
     [("Nghị quyết số 25-NQ/TW", "Nghị quyết", "25-NQ/TW", None, None),
      ("Kết luận số 43-KL/TW", "Kết luận", "43-KL/TW", None, None)], None),
    # state style
    ("theo Nghị định 30/2020/NĐ-CP về công tác văn thư",
     [("Nghị định 30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP", None, None)], None),
    ("được miễn 100% phí theo quyết định 3897/QĐ-UBND của UBND tỉnh Thái Bình. Trạm thu phí",
     [("quyết định 3897/QĐ-UBND", "Quyết định", "3897/QĐ-UBND", None, "UBND tỉnh Thái Bình")], None),
    ("Thông tư 01/2021/TT-BNV của Bộ Nội vụ hướng dẫn",
     [("Thông tư 01/2021/TT-BNV", "Thông tư", "01/2021/TT-BNV", None, "Bộ Nội vụ")], None),
    ("Luật số 59/2020/QH14 được Quốc hội thông qua",
     [("Luật số 59/2020/QH14", "Luật", "59/2020/QH14", None, None)], None),
    ("Trong nội dung Công văn số 409/UBND-TKBT, ban hành ngày 3/2, UBND Thành phố yêu cầu",
     [("Công văn số 409/UBND-TKBT", "Công văn", "409/UBND-TKBT", "--02-03", None)], None),
    ("Văn bản số 5279/UBND-TKBT, ngày 09/9/2016, của UBND Thành phố giao Chủ tịch UBND quận",
     [("Văn bản số 5279/UBND-TKBT", "Văn bản", "5279/UBND-TKBT", "2016-09-09", "UBND Thành phố")], None),
    ("vượt giá quy định tại quyết định 122/1999/QĐ-TTg ngày 10/5/1999 với số tiền",
     [("quyết định 122/1999/QĐ-TTg", "Quyết định", "122/1999/QĐ-TTg", "1999-05-10", None)], None),
    ("Chỉ thị 02/2006/CT-UBND ngày 16-1-2006 của UBND TP (gọi tắt là Chỉ thị 02)",
     [("Chỉ thị 02/2006/CT-UBND", "Chỉ thị", "02/2006/CT-UBND", "2006-01-16", "UBND TP"),
      ("Chỉ thị 02", "Chỉ thị", "02", None, None)], None),
    ("quy định tại Nghị định số 03/2017/NĐ-CPngày 16/01/2017 của Chính phủ để",
     [("Nghị định số 03/2017/NĐ-CP", "Nghị định", "03/2017/NĐ-CP", "2017-01-16", "Chính phủ")], None),
    ("Nghị định số 61/CP ngày 05 tháng 7 năm 1994 của Chính phủ về mua bán",
     [("Nghị định số 61/CP", "Nghị định", "61/CP", "1994-07-05", "Chính phủ")], None),
    ("Quyết định số 123/QĐ-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh Quảng Ninh về việc",
     [("Quyết định số 123/QĐ-UBND", "Quyết định", "123/QĐ-UBND", "2023-03-15", "Chủ tịch UBND tỉnh Quảng Ninh")], None),
    ("Tiếp tục thực hiện Chỉ thị 40 – CT/TW của Ban Bí thư",
     [("Chỉ thị 40 – CT/TW", "Chỉ thị", "40-CT/TW", None, "Ban Bí thư")], None),
    ("Cục Kiểm tra văn bản vừa gửi Công văn 18/KtrVB đến UBND",
     [("Công văn 18/KtrVB", "Công văn", "18/KtrVB", None, None)], None),
    ("Nghị định 07/2017/NĐ-CP của Chính phủ ngày 25/1/2017. Đây là",
     [("Nghị định 07/2017/NĐ-CP", "Nghị định", "07/2017/NĐ-CP", "2017-01-25", "Chính phủ")], None),
    # the partial issued date takes the article's year
    ("Công văn số 409/UBND-TKBT, ban hành ngày 3/2, UBND",
     [("Công văn số 409/UBND-TKBT", "Công văn", "409/UBND-TKBT", "2017-02-03", None)], "2017-02-05T10:00"),
    # numbered references without a code
    ("Có hiệu lực từ 1/2, Nghị định 142 của Chính phủ quy định xử phạt",
     [("Nghị định 142", "Nghị định", "142", None, "Chính phủ")], None),
    ("Bộ Công an vừa ban hành Thông tư 64/2017 về việc sửa đổi Thông tư 15/2014 trong quy định",
     [("Thông tư 64/2017", "Thông tư", "64/2017", None, None),
      ("Thông tư 15/2014", "Thông tư", "15/2014", None, None)], None),
    ("Thông tư liên tịch 01/2017 của Bộ Tư Pháp, Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao quy định",
     [("Thông tư liên tịch 01/2017", "Thông tư liên tịch", "01/2017", None,
       "Bộ Tư Pháp, Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao")], None),
    ("theo chỉ thị 08/2002 của UBND TP HCM. Việc giải quyết",
     [("chỉ thị 08/2002", "Chỉ thị", "08/2002", None, "UBND TP HCM")], None),
    ("Nghị định 17 của Chính phủ cơ bản đã tháo gỡ được nhiều vướng mắc",
     [("Nghị định 17", "Nghị định", "17", None, "Chính phủ")], None),
    # a list shares the type and the issuer
    ("thực hiện các Nghị quyết số 08 và 49 của Bộ Chính trị về cải cách tư pháp",
     [("Nghị quyết số 08", "Nghị quyết", "08", None, "Bộ Chính trị"),
      ("49", "Nghị quyết", "49", None, "Bộ Chính trị")], None),
    # a full symbol without a type word names its type by its code
    ("tiếp tục thu tiền sử dụng đất theo NĐ 38/2000/NĐ-CP ngày 23-8-2000 của Chính phủ",
     [("NĐ 38/2000/NĐ-CP", "Nghị định", "38/2000/NĐ-CP", "2000-08-23", "Chính phủ")], None),
    # a ministry's full name has lower-case syllables
    ("Hướng dẫn số 35-HD/BTGTW của Ban Tuyên giáo Trung ương về việc",
     [("Hướng dẫn số 35-HD/BTGTW", "Hướng dẫn", "35-HD/BTGTW", None, "Ban Tuyên giáo Trung ương")], None),
    ("Thông tư số 02/2017/TT-BYT của Bộ Y tế, từ ngày 1/6/2017 các cơ sở",
     [("Thông tư số 02/2017/TT-BYT", "Thông tư", "02/2017/TT-BYT", None, "Bộ Y tế")], None),
    ("thực hiện Kết luận số 91-KL/TU ngày 09/01/2017 của Thường trực Tỉnh ủy Thái Bình về",
     [("Kết luận số 91-KL/TU", "Kết luận", "91-KL/TU", "2017-01-09", "Thường trực Tỉnh ủy Thái Bình")], None),
    ("Thông tư 200/2015/TT-BTC của Bộ trưởng Bộ Tài chính quy định",
     [("Thông tư 200/2015/TT-BTC", "Thông tư", "200/2015/TT-BTC", None, "Bộ trưởng Bộ Tài chính")], None),
    ("Nghị quyết số 15/2023/NQ-HĐND ngày 12/7/2023 của HĐND tỉnh Quảng Ninh về",
     [("Nghị quyết số 15/2023/NQ-HĐND", "Nghị quyết", "15/2023/NQ-HĐND", "2023-07-12", "HĐND tỉnh Quảng Ninh")], None),
    ("Nghị quyết số 08-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch",
     [("Nghị quyết số 08-NQ/TU", "Nghị quyết", "08-NQ/TU", "2021-03-15", "Ban Chấp hành Đảng bộ tỉnh")], None),
    # a law cited by its name before its number
    ("sửa đổi Bộ luật Hình sự số 100/2015/QH13 và dự thảo Nghị quyết",
     [("Bộ luật Hình sự số 100/2015/QH13", "Bộ luật", "100/2015/QH13", None, None)], None),
    ("theo Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015 của Quốc hội",
     [("Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "Luật", "77/2015/QH13", "2015-06-19", "Quốc hội")], None),
    ("Nghị quyết số 49-NQ/TW ngày 02/6/2005 của Bộ Chính trị và Nghị quyết số 111/2015/QH13 ngày 27/11/2015",
     [("Nghị quyết số 49-NQ/TW", "Nghị quyết", "49-NQ/TW", "2005-06-02", "Bộ Chính trị"),
      ("Nghị quyết số 111/2015/QH13", "Nghị quyết", "111/2015/QH13", "2015-11-27", None)], None),
    # an issuer written with the abbreviation "TP." before the city's name
    ("theo Quyết định 1520/QĐ-UBND ngày 5/6/2015 của UBND TP. Hải Phòng về việc",
     [("Quyết định 1520/QĐ-UBND", "Quyết định", "1520/QĐ-UBND", "2015-06-05", "UBND TP. Hải Phòng")], None),
    # "TP." that ends a sentence is not followed by the city's name
    ("theo Quyết định số 2210/QĐ-UBND ngày 20/10/2014 của UBND TP. Đề nghị này được chấp thuận",
     [("Quyết định số 2210/QĐ-UBND", "Quyết định", "2210/QĐ-UBND", "2014-10-20", "UBND TP")], None),
    # a type written as its code before a bare number; an issuer code written apart
    ("Nhiều hộ chưa đủ điều kiện mua nhà theo NĐ 34 của Chính phủ về bán nhà",
     [("NĐ 34", "Nghị định", "34", None, "Chính phủ")], None),
    ("Từ 1-7 áp dụng QĐ 112 về giá đất, còn NĐ 181 CP có những điểm mới",
     [("QĐ 112", "Quyết định", "112", None, None), ("NĐ 181 CP", "Nghị định", "181CP", None, None)], None),
    # a number and year joined by a dash; a space after the slash; "TƯ" for "TW"
    ("Chính phủ vừa ban hành Nghị quyết 35-2016/NQ-CP ngày 16/5/2016 về hỗ trợ doanh nghiệp",
     [("Nghị quyết 35-2016/NQ-CP", "Nghị quyết", "35-2016/NQ-CP", "2016-05-16", None)], None),
    ("UBND tỉnh ban hành Quyết định số 2231/ QĐ-UBND ngày 3/8/2016 về việc",
     [("Quyết định số 2231/ QĐ-UBND", "Quyết định", "2231/QĐ-UBND", "2016-08-03", None)], None),
    ("quán triệt Chỉ thị 42-CT/TƯ của Ban Bí thư về công tác giáo dục",
     [("Chỉ thị 42-CT/TƯ", "Chỉ thị", "42-CT/TƯ", None, "Ban Bí thư")], None),
    ("công bố Quyết định số 215-QĐNS/TW của Bộ Chính trị về công tác cán bộ",
     [("Quyết định số 215-QĐNS/TW", "Quyết định", "215-QĐNS/TW", None, "Bộ Chính trị")], None),
    # after "số" a bare number is a reference whatever follows; a date or year after it too
    ("Bộ trưởng vừa ký Quyết định số 92 ban hành quy chế làm việc",
     [("Quyết định số 92", "Quyết định", "92", None, None)], None),
    ("Sở đã có công văn số 318 báo cáo UBND tỉnh",
     [("công văn số 318", "Công văn", "318", None, None)], None),
    ("theo Quyết định 512 ngày 20-3-2001 của Thủ tướng Chính phủ",
     [("Quyết định 512", "Quyết định", "512", "2001-03-20", "Thủ tướng Chính phủ")], None),
    ("áp dụng Nghị định 71 năm 2019 về xử phạt",
     [("Nghị định 71", "Nghị định", "71", None, None)], None),
    ("UBND huyện đã có văn bản 3120 ngày 12/5 gửi các xã",
     [("văn bản 3120", "Văn bản", "3120", "--05-12", None)], None),
    ("Chủ tịch UBND thành phố đã ký văn bản số 1985, trong đó yêu cầu",
     [("văn bản số 1985", "Văn bản", "1985", None, None)], None),
    ("Lữ đoàn có thông báo số 812B/TB-LĐ trả lời công dân",
     [("thông báo số 812B/TB-LĐ", "Thông báo", "812B/TB-LĐ", None, None)], None),
    ("quy định tại Thông tư 15 Bộ Công an về đăng ký xe",
     [("Thông tư 15", "Thông tư", "15", None, None)], None),
    # an office of a ministry whose name has "và"; codes that drop "và" and the place's unit word
    ("Thông tư 25/2019/TT-BTNMT của Bộ trưởng Bộ Tài nguyên và Môi trường quy định chi tiết",
     [("Thông tư 25/2019/TT-BTNMT", "Thông tư", "25/2019/TT-BTNMT", None, "Bộ trưởng Bộ Tài nguyên và Môi trường")], None),
    ("Quyết định 1125/QĐ-HQĐN của Cục Hải quan thành phố Đà Nẵng về việc",
     [("Quyết định 1125/QĐ-HQĐN", "Quyết định", "1125/QĐ-HQĐN", None, "Cục Hải quan thành phố Đà Nẵng")], None),
    ("Chỉ thị 05-CT/TW của BCH T.Ư Đảng về học tập",
     [("Chỉ thị 05-CT/TW", "Chỉ thị", "05-CT/TW", None, "BCH T.Ư Đảng")], None),
    # the body's term belongs to the issuer
    ("quán triệt Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương khóa XII về công tác dân số",
     [("Nghị quyết số 21-NQ/TW", "Nghị quyết", "21-NQ/TW", None, "Ban Chấp hành Trung ương khóa XII")], None),
    # a court's numbered judgment; its code names the kind of case, not the court
    ("Bản án số 32/2018/HS-ST ngày 12/9/2018 của Tòa án nhân dân huyện Đức Trọng đã tuyên",
     [("Bản án số 32/2018/HS-ST", "Bản án", "32/2018/HS-ST", "2018-09-12", "Tòa án nhân dân huyện Đức Trọng")], None),
    # an ampersand joins two codes of one issuer
    ("căn cứ Quyết định số 88/QĐ-BKH&ĐT của Bộ Kế hoạch và Đầu tư về việc",
     [("Quyết định số 88/QĐ-BKH&ĐT", "Quyết định", "88/QĐ-BKH&ĐT", None, "Bộ Kế hoạch và Đầu tư")], None),
    # an abbreviation in brackets inside the issuer's name
    ("thực hiện Thông tư số 19/2019/TT-NHNN của Ngân hàng (NH) Nhà nước về cho vay",
     [("Thông tư số 19/2019/TT-NHNN", "Thông tư", "19/2019/TT-NHNN", None, "Ngân hàng (NH) Nhà nước")], None),
    ("theo Quyết định số 1520/QĐ-UBND của Ủy ban nhân dân (UBND) tỉnh Quảng Trị về việc",
     [("Quyết định số 1520/QĐ-UBND", "Quyết định", "1520/QĐ-UBND", None, "Ủy ban nhân dân (UBND) tỉnh Quảng Trị")], None),
    # a doubled slash is a typo in the symbol
    ("theo Thông tư số 12//2016/TT-BCA ngày 3/3/2016 về",
     [("Thông tư số 12//2016/TT-BCA", "Thông tư", "12/2016/TT-BCA", "2016-03-03", None)], None),
    # a police unit's code in brackets after the symbol belongs to it (written apart or not)
    ("Cơ quan điều tra đã ra Quyết định số 24/C45 (P3) khởi tố vụ án, rồi Quyết định 31/C45(P3) khởi tố bị can",
     [("Quyết định số 24/C45 (P3)", "Quyết định", "24/C45(P3)", None, None),
      ("Quyết định 31/C45(P3)", "Quyết định", "31/C45(P3)", None, None)], None),
    # words in brackets after a symbol are not part of it
    ("theo Quyết định 1234/QĐ-UBND (QĐ giao đất) của UBND huyện",
     [("Quyết định 1234/QĐ-UBND", "Quyết định", "1234/QĐ-UBND", None, None)], None),
    # a space typed before the symbol's slash; the symbol is written without it
    ("tàu cá đóng theo Nghị định 67 /2014/NĐ-CP của Chính phủ đã bị hỏng máy",
     [("Nghị định 67 /2014/NĐ-CP", "Nghị định", "67/2014/NĐ-CP", None, "Chính phủ")], None),
    # the date, with its author, in brackets right after the symbol
    ("việc bán nhà theo Nghị định 64/CP (ngày 27-9-1993 của Chính phủ) đã hoàn tất",
     [("Nghị định 64/CP", "Nghị định", "64/CP", "1993-09-27", "Chính phủ")], None),
    ("UBND tỉnh ra quyết định số 39/2004/QĐ-UB (ngày 9/3/2004) về việc thu hồi đất",
     [("quyết định số 39/2004/QĐ-UB", "Quyết định", "39/2004/QĐ-UB", "2004-03-09", None)], None),
    # one author for a document that is not joint: a comma ends it (the next body starts a clause)
    ("để giải quyết hồ sơ theo Quyết định 117 của Thủ tướng Chính phủ, UBND tỉnh đã giao Sở Xây dựng",
     [("Quyết định 117", "Quyết định", "117", None, "Thủ tướng Chính phủ")], None),
    # the body's term in brackets after it is part of the issuer
    ("tiếp tục thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị (khóa XII) về công tác cán bộ",
     [("Nghị quyết số 26-NQ/TW", "Nghị quyết", "26-NQ/TW", None, "Bộ Chính trị (khóa XII)")], None),
    # a number with its year is a document's even for a type that takes no bare number
    ("xử lý theo Văn bản 1520/2015 của Thủ tướng Chính phủ về việc sắp xếp",
     [("Văn bản 1520/2015", "Văn bản", "1520/2015", None, "Thủ tướng Chính phủ")], None),
    ("Thông tư liên tịch 02/2019 của Bộ Công an, Bộ Quốc phòng, Bộ Tài chính quy định",
     [("Thông tư liên tịch 02/2019", "Thông tư liên tịch", "02/2019", None, "Bộ Công an, Bộ Quốc phòng, Bộ Tài chính")], None),
    # a law's name may hold "của", "và" and a comma before a lower-case word; its number may open a bracket
    ("Căn cứ Luật Tổ chức chính quyền địa phương và Luật Tổ chức của Viện kiểm sát nhân dân số 63/2014/QH13; Xét đề nghị",
     [("Luật Tổ chức của Viện kiểm sát nhân dân số 63/2014/QH13", "Luật", "63/2014/QH13", None, None)], None),
    ("theo Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14 có hiệu lực",
     [("Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14", "Luật", "44/2019/QH14", None, None)], None),
    ("Quốc hội thông qua Luật Thú y (số 79/2015/QH13 ngày 19/6/2015) thay cho Pháp lệnh",
     [("Luật Thú y (số 79/2015/QH13", "Luật", "79/2015/QH13", "2015-06-19", None)], None),
    # a law's abbreviation in brackets before its number
    ("sửa đổi, bổ sung một số điều của Bộ luật Hình sự (BLHS) số 100/2015/QH13. Dù đã thảo luận",
     [("Bộ luật Hình sự (BLHS) số 100/2015/QH13", "Bộ luật", "100/2015/QH13", None, None)], None),
    # "vừa ban hành ngày", "vào ngày" right after the number date it
    ("Thủ tướng đã ký Chỉ thị 24 vừa ban hành ngày 2/6/2017 về chấn chỉnh",
     [("Chỉ thị 24", "Chỉ thị", "24", "2017-06-02", None)], None),
    ("Thủ tướng ký Chỉ thị số 24 vào ngày 2/6/2017 và “hôm nay (3/6), chúng ta thống nhất",
     [("Chỉ thị số 24", "Chỉ thị", "24", "2017-06-02", None)], None),
    # a full day right after the symbol, without "ngày", is its date
    ("hướng dẫn tại Thông tư số 19/2016/TT-BYT 30/6/2016 của Bộ Y tế về quản lý",
     [("Thông tư số 19/2016/TT-BYT", "Thông tư", "19/2016/TT-BYT", "2016-06-30", "Bộ Y tế")], None),
    # the type and issuer codes joined by a slash
    ("ngày 6.3.2006, Văn phòng Chính phủ đã có thông báo số 50/TB/VPCP, truyền đạt kết luận của Phó thủ tướng",
     [("thông báo số 50/TB/VPCP", "Thông báo", "50/TB/VPCP", None, None)], None),
    ("nền đất. Theo báo cáo số 25/BC/UBND, ngày 16/4/2015 của UBND xã Thủy Bằng về việc Đan viện",
     [("báo cáo số 25/BC/UBND", "Báo cáo", "25/BC/UBND", "2015-04-16", "UBND xã Thủy Bằng")], None),
    # "T.Ư" (Trung ương) as a Party symbol's issuer code
    ("Kết luận Hội nghị T.Ư 6 về GD-ĐT, Chỉ thị 40-CT/ T.Ư của Ban Bí thư về xây dựng đội ngũ",
     [("Chỉ thị 40-CT/ T.Ư", "Chỉ thị", "40-CT/T.Ư", None, "Ban Bí thư")], None),
    # a non-breaking hyphen or a minus sign typed for the hyphen
    ("Thực hiện Nghị quyết số 57\u2011NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá",
     [("Nghị quyết số 57\u2011NQ/TW", "Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")], None),
    ("theo Nghị định 100/2019/NĐ\u2212CP về xử phạt",
     [("Nghị định 100/2019/NĐ\u2212CP", "Nghị định", "100/2019/NĐ-CP", None, None)], None),
    # "số" after a colon, or opening a bracket (then the date, and the author after the bracket)
    ("Năm 2016, thực hiện các quyết định: số 113/TTg ngày 14/4/1980 của Thủ tướng Chính phủ, việc",
     [("quyết định: số 113/TTg", "Quyết định", "113/TTg", "1980-04-14", "Thủ tướng Chính phủ")], None),
    ("Hiệu trưởng Trường đại học Nghệ thuật Huế đã có văn bản (số 153/ ĐHNT-BGH) kiến nghị lên UBND tỉnh",
     [("văn bản (số 153/ ĐHNT-BGH", "Văn bản", "153/ĐHNT-BGH", None, None)], None),
    ("Ngay sau khi nhận được quyết định (số 4945 ký ngày 7/10/2004) của UBND TP Hồ Chí Minh về việc buộc tháo dỡ",
     [("quyết định (số 4945", "Quyết định", "4945", "2004-10-07", "UBND TP Hồ Chí Minh")], None),
    # "mang số" (bearing the number)
    ("Chủ tịch UBND thành phố Yên Bái đã ký liên tiếp 6 Quyết định mang số 2356, 2357 và 2361 để chuyển đổi",
     [("Quyết định mang số 2356", "Quyết định", "2356", None, None), ("2357", "Quyết định", "2357", None, None),
      ("2361", "Quyết định", "2361", None, None)], None),
    # a list whose members each have their date: "; số …" / "và số …" go on after it, and the
    # author after the last is each member's
    ("được thực hiện theo các Công văn số 463/TTg-KTN ngày 28/3/2013; số 875/TTg-KTN ngày 27/5/2016 và số "
     "1797/TTg-KTN ngày 11/10/2016 của Thủ tướng Chính phủ. Thủ tướng",
     [("Công văn số 463/TTg-KTN", "Công văn", "463/TTg-KTN", "2013-03-28", "Thủ tướng Chính phủ"),
      ("875/TTg-KTN", "Công văn", "875/TTg-KTN", "2016-05-27", "Thủ tướng Chính phủ"),
      ("1797/TTg-KTN", "Công văn", "1797/TTg-KTN", "2016-10-11", "Thủ tướng Chính phủ")], None),
    ("theo Quyết định số 5612/QĐ-UBND, ngày 7/10/2016, và số 5890/QĐ-UBND, ngày 24/10/2016, của UBND thành phố. Quyết",
     [("Quyết định số 5612/QĐ-UBND", "Quyết định", "5612/QĐ-UBND", "2016-10-07", "UBND thành phố"),
      ("5890/QĐ-UBND", "Quyết định", "5890/QĐ-UBND", "2016-10-24", "UBND thành phố")], None),
    # a space typed after the dash between the number and the year
    ("Cách đây một ngày, Chính phủ ban hành Nghị quyết 19- 2017/NQ-CP về tiếp tục thực hiện",
     [("Nghị quyết 19- 2017/NQ-CP", "Nghị quyết", "19-2017/NQ-CP", None, None)], None),
    # a scheme cited by the number of the decision that approved it
    ("việc quản lý đầu tư xây dựng 3/5 bệnh viện trọng điểm theo Đề án 125 gồm Bệnh viện Nhi đồng",
     [("Đề án 125", "Đề án", "125", None, None)], None),
    ("triển khai thí điểm xe công nghệ Grab, Uber (Đề án 24) trong vòng 2 năm",
     [("Đề án 24", "Đề án", "24", None, None)], None),
    # a name ends at the end of its line (a title line without a full stop)
    ("theo Quyết định số 01/QĐ-UBND ngày 20/1/2016 của Chủ tịch UBND TP Rạch Giá\nNăm 1982, ông Trần Thanh Bình có đơn",
     [("Quyết định số 01/QĐ-UBND", "Quyết định", "01/QĐ-UBND", "2016-01-20", "Chủ tịch UBND TP Rạch Giá")], None),
    # the Secretariat named with its committee ("Trung ương", "T.Ư"), a national committee
    ("thực hiện Kết luận số 80-KL/TW của Ban Bí thư Trung ương về xây dựng tổ chức đảng",
     [("Kết luận số 80-KL/TW", "Kết luận", "80-KL/TW", None, "Ban Bí thư Trung ương")], None),
    ("quán triệt Chỉ thị 42-CT/TƯ của Ban Bí thư T.Ư Đảng về “Tăng cường sự lãnh đạo",
     [("Chỉ thị 42-CT/TƯ", "Chỉ thị", "42-CT/TƯ", None, "Ban Bí thư T.Ư Đảng")], None),
    ("theo Kế hoạch số 12/KH-UBATGTQG của Ủy ban ATGT quốc gia triển khai Năm ATGT 2017",
     [("Kế hoạch số 12/KH-UBATGTQG", "Kế hoạch", "12/KH-UBATGTQG", None, "Ủy ban ATGT quốc gia")], None),
    # a code naming the kind of decision (a fine) says nothing about its author
    ("Trong quyết định xử phạt số 2496/QĐ -XPVPHC của UBND TPHCM do phó chủ tịch ký",
     [("quyết định xử phạt số 2496/QĐ -XPVPHC", "Quyết định", "2496/QĐ-XPVPHC", None, "UBND TPHCM")], None),
    # a one-letter capital starts a word of the issuer's name ("Sở Y tế")
    ("theo Quyết định số 100/QĐ-SYT của Sở Y tế tỉnh Nghệ An về việc",
     [("Quyết định số 100/QĐ-SYT", "Quyết định", "100/QĐ-SYT", None, "Sở Y tế tỉnh Nghệ An")], None),
    # a symbol whose only code names the type says nothing against the author
    ("Sắc lệnh số 34/SL ngày 20/3/1946 của Chủ tịch Hồ Chí Minh về việc",
     [("Sắc lệnh số 34/SL", "Sắc lệnh", "34/SL", "1946-03-20", "Chủ tịch Hồ Chí Minh")], None),
    # a Prime Minister's (TTg) directive "of the Government"
    ("đặc biệt là Chỉ thị số 23/CT-TTg ngày 5/8/2014 của Chính phủ về lập kế hoạch đầu tư công",
     [("Chỉ thị số 23/CT-TTg", "Chỉ thị", "23/CT-TTg", "2014-08-05", "Chính phủ")], None),
]

NEGATIVES = [
    "Chủ tịch UBND quận đã Quyết định tặng Giấy khen cho 11 tập thể và 19 cá nhân.",
    "Hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng.",
    "UBND tỉnh sẽ ra quyết định miễn phí với tất cả các phương tiện.",
    "Ủy ban Dân tộc triển khai Chương trình 135 tại các xã đặc biệt khó khăn.",
    "Luật Đất đai 2013 quy định rõ quyền của người sử dụng đất.",
    "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số ít người biết.",
    "Theo văn bản này, UBND tỉnh đồng ý miễn 100% mức phí.",
    "Có lập biểu kết quả theo Biểu số 03 tại phụ lục.",
    "Trạm thu phí BOT K13+250 đường 39B xây dựng cách nhà dân 2m.",
    "Văn bản 8 lần bị trả lại vì sai thể thức.",
    "Điều lệ quy định:\n1. Đảng viên phải gương mẫu.",
    "Theo quy định: 1 hộ chỉ được đăng ký một xe.",
    "Quyết định này quy định 3 nhóm đối tượng được hỗ trợ.",
    "Tỉnh xây dựng kế hoạch 5 năm 2016 – 2020 về phát triển kinh tế.",
    "Thông báo 3 lần nhưng không có kết quả.",
    "Hai bản án sơ thẩm có vi phạm tố tụng nên bị hủy.",
    "căn hộ tầng 12 tòa nhà CT1 - CT2, lô đất TT01 khu đô thị mới",
    "Đoàn công tác NQ 5 người đã đến",
    "chỉ đạt 50% so với kế hoạch 1998-2005 do doanh nghiệp",
    "hoàn thành kế hoạch 5 năm 2001-2005 của ngành",
    "triển khai Chương trình 135 năm 2016 tại các xã",
    "Tỉnh xây dựng đề án 5 năm về phát triển du lịch.",
    "Ngày 12/3, hội nghị thông qua quyết định: số 15 hộ được hỗ trợ.",
    "Cơ quan có văn bản (số lượng 12 bản) gửi UBND.",
    "Các tổ chức quy định 1 đến 8 nêu trên là các tổ chức giúp Tổng cục trưởng.",
    "thực hiện Nghị quyết Đại hội IX của Đảng và Nghị quyết 13 Đại hội Đảng bộ TP, mặc dù còn hạn chế",
]


@pytest.mark.parametrize("text,expected,published", CASES, ids=[c[0][:40] for c in CASES])
def test_documents(text, expected, published):
    doc = run(text, published)
    got = [(s.text, s.attrs["type"], s.attrs["symbol"], s.attrs["issued"], s.attrs["issuer"]) for s in doc.documents]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_not_documents(text):
    assert run(text).documents == []


@pytest.mark.parametrize("codes,issuer,fits", [
    (("TW",), "Ban Chấp hành Trung ương Đảng", True),
    (("TW",), "Quận ủy Lê Chân", False),
    (("TW",), "Bộ Chính trị", True),
    (("TU",), "Ban Thường vụ Tỉnh ủy", True),
    (("TU",), "Huyện ủy Tiền Hải", False),
    (("QĐ", "UBND"), "UBND tỉnh Thái Bình", True),
    (("QĐ", "UBND"), "Ủy ban nhân dân tỉnh Hà Nam", True),
    (("QĐ", "UBND"), "Thủ tướng Chính phủ", False),
    (("NĐ", "CP"), "Chính phủ", True),
    (("TT", "BTC"), "Bộ Tài chính", True),
    (("TT", "BTC"), "Bộ Công an", False),
    (("QĐ", "TTg"), "Thủ tướng Chính phủ", True),
    (("CT", "TTg"), "Chính phủ", True),
    (("QĐ",), "UBND tỉnh Quảng Nam", True),
    (("QĐ", "XPVPHC"), "UBND TPHCM", True),
    (("QĐ", "XPVPHC", "UBND"), "Sở Xây dựng", False),
    (("CT", "TTg"), "Bộ Công an", False),
    (("QĐ", "TTg"), "Văn phòng Chính phủ", False),
    (("TB", "VPCP"), "Văn phòng Chính phủ", True),
    (("CT", "T.Ư"), "Ban Bí thư", True),
    (("CT", "T.Ư"), "Tỉnh ủy Bình Định", False),
    (("QH14",), "Quốc hội", True),
    ((), "Bộ Tư Pháp, Bộ Công an", True),
])
def test_issuer_fits_the_symbol(codes, issuer, fits):
    assert issuer_fits(codes, issuer) is fits


def test_list_member_borrows_the_code():
    doc = run("Thủ tướng vừa ký các quyết định 106, 107/QĐ-TTg về việc thi hành kỷ luật.")
    assert [s.attrs["symbol"] for s in doc.documents] == ["106/QĐ-TTg", "107/QĐ-TTg"]
    doc = run("Quyết định số 113 và 114/2004/QĐ-UB ngày 23-4-2004 của UBND TP")
    assert [(s.attrs["symbol"], s.attrs["issuer"]) for s in doc.documents] == [
        ("113/2004/QĐ-UB", "UBND TP"), ("114/2004/QĐ-UB", "UBND TP")]



@pytest.mark.parametrize("text,expected", [
    ("UBND tỉnh ban hành Công văn hỏa tốc số 12/UBND-VP về phòng chống bão", [("Công văn", "12/UBND-VP")]),
    ("theo Quyết định phê duyệt số 4227/QĐ-BGTVT ngày 30/11/2015", [("Quyết định", "4227/QĐ-BGTVT")]),
    ("Quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC", [("Quyết định", "126/QĐ-XPVPHC")]),
    ("theo Nghị quyết của Hội đồng nhân dân tỉnh về việc hỗ trợ số 15 hộ nghèo", []),
])
def test_a_few_words_between_type_and_number(text, expected):
    assert [(s.attrs["type"], s.attrs["symbol"]) for s in run(text).documents] == expected


@pytest.mark.parametrize("text,org,issuer", [
    ("theo Quyết định số 12/QĐ-SGTVT ngày 3/3/2020 của Sở Giao thông vận tải Hà Nội về việc",
     "Sở Giao thông vận tải Hà Nội", "Sở Giao thông vận tải Hà Nội"),
    ("Thông báo số 496/GD-ĐT-KT ngày 15/04/2005 của Sở giáo dục và đào tạo thì những học sinh",
     "Sở giáo dục và đào tạo", "Sở giáo dục và đào tạo"),
    ("Kế hoạch số 5/KH-SKHĐT của Sở Kế hoạch và Đầu tư tỉnh Nam Định về",
     "Sở Kế hoạch và Đầu tư tỉnh Nam Định", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"),
    # a shorter entity does not cut the grammar's name
    ("Quyết định 40 của Ban Cán sự Đảng bộ GTVT. Hồ sơ", "Ban Cán sự Đảng", "Ban Cán sự Đảng bộ GTVT"),
])
def test_issuer_is_the_organization_that_starts_there(text, org, issuer):
    # the grammar stops at lower-case words; the entity found before names the whole author
    doc = doc_of(text)
    start = text.index(org)
    doc.entities = [doc.span(start, start + len(org), "ORGANIZATION", "rule:test", 0.9)]
    assert [s.attrs["issuer"] for s in documents.extract(doc)] == [issuer]


def test_issuer_is_the_office_not_its_holder():
    text = "Quyết định số 1234/QĐ-TTg ngày 1/2/2023 của Phó Thủ tướng Trần Hồng Hà về việc"
    doc = doc_of(text)
    office, person = text.index("Phó Thủ tướng"), text.index("Trần Hồng Hà")
    doc.entities = [doc.span(office, person - 1, "POSITION", "rule:test", 0.9),
                    doc.span(person, person + len("Trần Hồng Hà"), "PERSON", "rule:test", 0.9)]
    assert [s.attrs["issuer"] for s in documents.extract(doc)] == ["Phó Thủ tướng"]


def test_text_whose_lower_case_is_longer_uses_the_grammar():
    # "İ".lower() has two characters: the automaton's offsets would shift, the grammar is used
    doc = run("İstanbul: thực hiện Nghị quyết số 25-NQ/TW của Bộ Chính trị")
    assert [(s.text, s.attrs["issuer"]) for s in doc.documents] == [("Nghị quyết số 25-NQ/TW", "Bộ Chính trị")]
