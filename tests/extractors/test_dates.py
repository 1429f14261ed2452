"""Dates, times, periods and durations with ISO values (GUIDELINES "Dates")."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extractors.dates import valid_day

from .helpers import run

PUB = "2023-10-12T17:55"

# (text, article's published date, [(span text, value, grain)])
CASES = [
    # full dates in every separator
    ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành", None, [("ngày 03/6/2013", "2013-06-03", "day")]),
    ("khởi công ngày 3-6-2013 tại xã", None, [("ngày 3-6-2013", "2013-06-03", "day")]),
    ("khánh thành 3.6.2013 tại xã", None, [("3.6.2013", "2013-06-03", "day")]),
    ("Công văn số 7696/UB-ĐT ngày 14-12-2004 về tăng cường", None, [("ngày 14-12-2004", "2004-12-14", "day")]),
    ("Quyết định ký ngày 3 tháng 6 năm 2013 có hiệu lực", None, [("ngày 3 tháng 6 năm 2013", "2013-06-03", "day")]),
    # dateline with weekday and time
    ("Print Thứ Năm, 12/10/2023 17:55 Gốc", None, [("Thứ Năm, 12/10/2023 17:55", "2023-10-12T17:55", "datetime")]),
    ("Cập nhật: Chủ nhật, 05/11/2023 - 08:15", None, [("Chủ nhật, 05/11/2023 - 08:15", "2023-11-05T08:15", "datetime")]),
    # a partial date takes the year of the article, else --MM-DD
    ("Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị", PUB, [("Chiều 12/10", "2023-10-12", "day")]),
    ("Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị", None, [("Chiều 12/10", "--10-12", "day")]),
    ("Sáng 23/1, nguồn tin riêng cho biết", None, [("Sáng 23/1", "--01-23", "day")]),
    ("Ngày 14-2, Sở Tài nguyên và Môi trường đã tổ chức", None, [("Ngày 14-2", "--02-14", "day")]),
    ("Có hiệu lực từ 1/2, Thông tư liên tịch quy định", None, [("1/2", "--02-01", "day")]),
    ("Hà Nội yêu cầu báo cáo trước 10/2", None, [("10/2", "--02-10", "day")]),
    ("Cho tồn tại nhà trái phép xây trước 1/7 năm ngoái", PUB, [("1/7 năm ngoái", "2022-07-01", "day")]),
    # across the turn of the year, the nearer year
    ("Chiều 28/12, Hội nghị tổng kết đã diễn ra", "2024-01-05T08:00", [("Chiều 28/12", "2023-12-28", "day")]),
    ("Quy định có hiệu lực từ 1/1", "2023-12-20T08:00", [("1/1", "2024-01-01", "day")]),
    ("phải hoàn thành trước 31/12", "2023-06-15T08:00", [("31/12", "2023-12-31", "day")]),
    ("Tại phiên họp chiều qua 17.5, Ủy ban Thường vụ Quốc hội", "2017-05-18T09:00", [("chiều qua 17.5", "2017-05-17", "day")]),
    ("Ngày 31/7 của năm báo cáo", None, [("Ngày 31/7", "--07-31", "day")]),
    # time and day as one value
    ("Trạm thu phí đi vào hoạt động từ 0h00 ngày 1/1/2017 sau nhiều tranh cãi", None,
     [("0h00 ngày 1/1/2017", "2017-01-01T00:00", "datetime")]),
    ("Đúng 16h30 chiều 22/9, đoàn công tác đến", PUB, [("16h30 chiều 22/9", "2023-09-22T16:30", "datetime")]),
    ("Đúng 16h30 ngày 22/9, đoàn công tác đến", None, [("16h30 ngày 22/9", "--09-22T16:30", "datetime")]),
    ("Cập nhật: 15:30 | 20/12/2023", None, [("15:30 | 20/12/2023", "2023-12-20T15:30", "datetime")]),
    # times alone
    ("Cuộc họp bắt đầu lúc 8 giờ tại trụ sở", None, [("lúc 8 giờ", "T08:00", "time")]),
    ("Phiên họp kết thúc lúc 17:55", None, [("lúc 17:55", "T17:55", "time")]),
    ("Thời gian: 17:55, tại hội trường", None, [("17:55", "T17:55", "time")]),
    ("khoảng 3 giờ chiều, đoàn đến", None, [("khoảng 3 giờ chiều", "T15:00", "time")]),
    ("làm việc từ 7 giờ 30 đến 11 giờ", None, [("từ 7 giờ 30", "T07:30", "time"), ("đến 11 giờ", "T11:00", "time")]),
    # months, quarters, years
    ("tính đến hết tháng 1/2017, một số đơn vị", None, [("tháng 1/2017", "2017-01", "month")]),
    ("Tháng 12/2003, UBND TP Hà Nội đồng ý", None, [("Tháng 12/2003", "2003-12", "month")]),
    ("đã có công văn vào tháng 5.2016 yêu cầu", None, [("tháng 5.2016", "2016-05", "month")]),
    ("trong tháng 6 năm 2013 sẽ hoàn thành", None, [("tháng 6 năm 2013", "2013-06", "month")]),
    ("mua xe ở thời điểm tháng 3-4/2004", None, [("tháng 3-4/2004", "2004-03/2004-04", "range")]),
    ("sản lượng quý II/2013 tăng", None, [("quý II/2013", "2013-Q2", "quarter")]),
    ("doanh thu quý 3 năm 2022 giảm", None, [("quý 3 năm 2022", "2022-Q3", "quarter")]),
    ("Theo đó, năm 2016, Chủ tịch UBND Thành phố đã ký", None, [("năm 2016", "2016", "year")]),
    ("Kết quả thanh tra trong năm 2003, 2004 cho thấy", None,
     [("năm 2003", "2003", "year"), ("2004", "2004", "year")]),
    ("vào cuối năm 2003, giá ôtô có biến động", None, [("cuối năm 2003", "2003", "year")]),
    ("đầu năm 2005 đã có kết quả", None, [("đầu năm 2005", "2005", "year")]),
    # periods
    ("Giai đoạn 2013-2018, toàn quận có 62 mô hình", None, [("2013-2018", "2013/2018", "range")]),
    ("kế hoạch 5 năm 2016 – 2020 của tỉnh", None, [("5 năm", "P5Y", "duration"), ("2016 – 2020", "2016/2020", "range")]),
    ("báo cáo giám sát tài chính 6 tháng đầu năm 2016", None, [("6 tháng đầu năm 2016", "2016-01/2016-06", "range")]),
    ("kết quả sáu tháng cuối năm 2015", None, [("sáu tháng cuối năm 2015", "2015-07/2015-12", "range")]),
    ("9 tháng năm 2024, toàn tỉnh thu ngân sách", None, [("9 tháng năm 2024", "2024-01/2024-09", "range")]),
    # durations
    ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết", None, [("10 năm", "P10Y", "duration")]),
    ("05 năm thực hiện Kết luận", None, [("05 năm", "P5Y", "duration")]),
    ("giám sát tài chính định kỳ 6 tháng đối với doanh nghiệp", None, [("6 tháng", "P6M", "duration")]),
    ("trong thời hạn 30 ngày kể từ", None, [("30 ngày", "P30D", "duration")]),
    ("sau hai năm triển khai", None, [("hai năm", "P2Y", "duration")]),
    ("phải xử lý trong 48 giờ", None, [("48 giờ", "PT48H", "duration")]),
    # ranges of days and months
    ("Hội chợ diễn ra ngày 3-5/6/2013 tại Hà Nội", None, [("ngày 3-5/6/2013", "2013-06-03/2013-06-05", "range")]),
    ("kỳ họp thứ 6 (15-20/11) sẽ được truyền hình", None, [("15-20/11", "--11-15/--11-20", "range")]),
    ("Quốc hội khóa 11 (25/10-4/12) sẽ xem xét", "2005-10-20T08:00", [("25/10-4/12", "2005-10-25/2005-12-04", "range")]),
    ("Giám đốc công ty (tháng 1/2004 - 5/2010), đồng chí", None, [("tháng 1/2004 - 5/2010", "2004-01/2010-05", "range")]),
    ("11/1986-2/1989: Bí thư Ban Chấp hành", None, [("11/1986-2/1989", "1986-11/1989-02", "range")]),
    ("ngày 4/7 tỉnh đã soạn thảo một công văn", None, [("ngày 4/7", "--07-04", "day")]),
    ("Trong các ngày 14 và 15/7, Bộ Thương mại đã tổ chức", None,
     [("ngày 14", "--07-14", "day"), ("15/7", "--07-15", "day")]),
    ("diễn ra ngày 3, 4/6/2013 tại Hà Nội", None, [("ngày 3", "2013-06-03", "day"), ("4/6/2013", "2013-06-04", "day")]),
    # a span whose first day has no month of its own is one range, like "15-20/11"
    ("Hội nghị diễn ra từ ngày 2 đến ngày 7/10/2023", None,
     [("ngày 2 đến ngày 7/10/2023", "2023-10-02/2023-10-07", "range")]),
    ("Các tổ bầu cử làm việc từ 3 đến 9/5 theo lịch", None, [("3 đến 9/5", "--05-03/--05-09", "range")]),
    # a bare year after a preposition or an edge word
    ("Chiến lược phát triển ngành đến 2030, tầm nhìn 2045 đã được phê duyệt", None,
     [("2030", "2030", "year"), ("2045", "2045", "year")]),
    ("Tính đến cuối 2019, cả nước có", None, [("2019", "2019", "year")]),
    # a year named with its lunar name (checked against the year)
    ("Chợ hoa Tết Canh Tý 2020 mở cửa sớm", None, [("Tết Canh Tý 2020", "2020", "year")]),
    ("chương trình Xuân Quý Mão 2023 tại quảng trường", None, [("Xuân Quý Mão 2023", "2023", "year")]),
    # a minute mark after the time
    ("mở cửa từ 0h00' ngày 15/2/2019 đến", None, [("0h00' ngày 15/2/2019", "2019-02-15T00:00", "datetime")]),
    # lengths of time in hours written with h, and ranges of lengths (both ends; the low end
    # spans the range, as a range of counts does: NOTES 21)
    ("phải kết thúc trước ngày bầu cử 24h. Nguồn: 24h.com.vn", None, [("24h", "PT24H", "duration")]),
    ("kết quả được công bố trong vòng 48h sau khi", None, [("48h", "PT48H", "duration")]),
    ("sai số với thời hạn dự báo 72g là khoảng 300km", None, [("72g", "PT72H", "duration")]),
    ("mỗi người được phát biểu 3-5 phút trước hội nghị", None,
     [("3-5 phút", "PT3M", "duration"), ("5 phút", "PT5M", "duration")]),
    ("trong tương lai từ 2-5 năm tới", None, [("2-5 năm", "P2Y", "duration"), ("5 năm", "P5Y", "duration")]),
    ("sự cố chưa thể khắc phục trong 4 - 6 ngày tới", None,
     [("4 - 6 ngày", "P4D", "duration"), ("6 ngày", "P6D", "duration")]),
    # a day in brackets after a part of the day: the day alone, never half a bracket
    ("Chiều nay (14-5), đoàn công tác đến thăm", None, [("14-5", "--05-14", "day")]),
    # a decimal length; one unit of time in words
    ("thời gian giải quyết hồ sơ rút còn 2,5 ngày", None, [("2,5 ngày", "P2.5D", "duration")]),
    ("sau hơn một tháng thi công, cây cầu đã hợp long", None, [("một tháng", "P1M", "duration")]),
    # decades, seconds, hours as "tiếng"
    ("Hai thập kỷ sau ngày tái lập tỉnh, kinh tế tăng trưởng mạnh", None, [("Hai thập kỷ", "P20Y", "duration")]),
    ("xe cứu thương đến sau 90 giây", None, [("90 giây", "PT90S", "duration")]),
    ("chuyến bay kéo dài 10 tiếng đồng hồ", None, [("10 tiếng đồng hồ", "PT10H", "duration")]),
    ("sau 2 tiếng, đám cháy được khống chế", None, [("2 tiếng", "PT2H", "duration")]),
    # a bare year compared with ("thấp hơn 2016."), or in a code's name (BLHS 2015)
    ("lợi nhuận quý này vẫn thấp hơn 2015, dù doanh thu tăng", None, [("2015", "2015", "year")]),
    ("theo khoản 2 Điều 51 BLHS 2015 thì bị cáo được giảm nhẹ", None, [("2015", "2015", "year")]),
    # a bare year after "cùng kỳ", an acronym (an event, a budget, a birth), "sinh", "Tết", in brackets, or said to be one
    ("doanh thu tăng 12% so với cùng kỳ 2015.", None, [("2015", "2015", "year")]),
    ("Diễn đàn ASEM 2004 đã khép lại thành công", None, [("2004", "2004", "year")]),
    ("bị can Nguyễn Văn Bình (SN 1970, trú tại xã Yên Lạc)", None, [("1970", "1970", "year")]),
    ("Người đứng tên là bà Trần Thị Mai sinh 1965, ở phường 3", None, [("1965", "1965", "year")]),
    ("Chỉ ít ngày trước Tết Nguyên đán 2016, tỉnh đã cấp gạo", None, [("Tết Nguyên đán 2016", "2016", "year")]),
    ("Theo Luật Đất đai cũ (2003) thì hộ dân được bồi thường", None, [("2003", "2003", "year")]),
    ("2015 là năm cuối của kế hoạch 5 năm", None, [("2015", "2015", "year"), ("5 năm", "P5Y", "duration")]),
    # a length in thousands; a deadline stated after "là"
    ("kỷ niệm 1.000 năm dời đô về Thăng Long", None, [("1.000 năm", "P1000Y", "duration")]),
    ("Thời hạn nộp hồ sơ dự tuyển là 25/8.", None, [("25/8", "--08-25", "day")]),
    # "vào" before hours with minutes: a clock time, not a length
    # the relative day ("chiều qua", "sáng nay") stays out of the time's span, its part of the day still counts
    ("Phiên họp bắt đầu vào 14 giờ 30 chiều qua", None, [("14 giờ 30", "T14:30", "time")]),
    ("9h15 sáng nay, Hội nghị khai mạc tại thành phố", None, [("9h15", "T09:15", "time")]),
    # whole hours with no cue but the part of the day: still a time, not a length of as many hours
    ("Vào 9 giờ sáng mai, đoàn công tác sẽ lên đường", None, [("9 giờ", "T09:00", "time")]),
    ("12 giờ đêm qua, lửa bùng lên tại kho hàng", None, [("12 giờ", "T24:00", "time")]),
    # the night runs past midnight: "12 giờ đêm" is its end, "2 giờ đêm" the small hours
    ("quán phải đóng cửa trước 12 giờ đêm, có nơi hát tới 2 giờ đêm", None,
     [("12 giờ đêm", "T24:00", "time"), ("2 giờ đêm", "T02:00", "time")]),
    ("nhóm thanh niên tụ tập từ 10 giờ đêm", None, [("từ 10 giờ đêm", "T22:00", "time")]),
    # a clock time with "phút" after its minutes, and its day
    ("Đúng 8h15 phút ngày 20/3, đoàn công tác tới xã", None, [("8h15 phút ngày 20/3", "--03-20T08:15", "datetime")]),
    # a unit and a half with no number before it
    ("Sau gần tuần rưỡi tìm kiếm, lực lượng cứu hộ đã tìm thấy", None, [("tuần rưỡi", "P1.5W", "duration")]),
    # a career's lines: a month/year label, a year to a month, a line glued to the one before
    ("3/1995: Phó Chủ tịch UBND huyện. 8/1999: Bí thư Huyện ủy", None,
     [("3/1995", "1995-03", "month"), ("8/1999", "1999-08", "month")]),
    ("1990-6/1994: Trưởng phòng Tổ chức", None, [("1990-6/1994", "1990/1994-06", "range")]),
    ("học tại Trường Đại học Nông nghiệp.1975 - 1979: Cán bộ Sở", None, [("1975 - 1979", "1975/1979", "range")]),
    # "năm" before a range of years is in its span, not the unit of a length before it
    ("không tăng biên chế trong các năm 2018 - 2020 theo kế hoạch", None, [("năm 2018 - 2020", "2018/2020", "range")]),
    ("xây dựng kế hoạch 5 năm 2021-2025 của tỉnh", None, [("5 năm", "P5Y", "duration"), ("2021-2025", "2021/2025", "range")]),
    # a relative lead stays out of the day's span: "hôm", "Sáng nay" ("chiều qua" stays in)
    ("chiếc xe đã bỏ chạy hôm 21/8, sáng nay 23/8 công an đã tìm ra", None,
     [("21/8", "--08-21", "day"), ("23/8", "--08-23", "day")]),
    # a campaign's month named for its cause, then its year
    ("Lễ phát động Tháng hành động vì an toàn thực phẩm 2018 diễn ra tại tỉnh", None, [("2018", "2018", "year")]),
    # the report or accounts of a year; an index named by its acronym and year
    ("nhiều tổng công ty chưa công bố báo cáo tài chính 2016.", None, [("2016", "2016", "year")]),
    ("theo kết quả khảo sát PAPI-2018, người dân hài lòng", None, [("2018", "2018", "year")]),
    # a day with the year named after it is no fraction, whatever stands before it
    ("Bộ trưởng cho hay, 1/7 năm nay sẽ tăng lương cơ sở", None, [("1/7 năm nay", "--07-01", "day")]),
    # "buổi" before the part of the day is in the lead
    ("Trong buổi chiều 12-11, Quốc hội thảo luận ở tổ", None, [("buổi chiều 12-11", "--11-12", "day")]),
    ("Đoàn xe xuất phát vào 7 giờ 15 hôm qua", None, [("7 giờ 15", "T07:15", "time")]),
    ("hoạt động chào mừng dịp 30/4 và 1/5", "2024-04-20T08:00", [("30/4", "2024-04-30", "day"), ("1/5", "2024-05-01", "day")]),
    # a bare day whose day exceeds its month is no fraction: a day (a holiday, a date in brackets)
    ("mít tinh kỷ niệm ngày giải phóng miền Nam 30/4, chào mừng", None, [("30/4", "--04-30", "day")]),
    ("trước ngày bầu cử 24h (22/5), các tổ bầu cử", None, [("24h", "PT24H", "duration"), ("22/5", "--05-22", "day")]),
    # a day after the holiday it names ("ngày Quốc tế Thiếu nhi 1/6"): no fraction there
    ("nhân ngày Quốc tế Thiếu nhi 1/6, Hội đã tặng quà", None, [("1/6", "--06-01", "day")]),
    # a day with a dot at the ends of a span ("từ 5.2", "đến 20.2")
    ("Trạm thu phí từ 5.2 và miễn phí từ ngày 14.2 đến 20.2.", None,
     [("5.2", "--02-05", "day"), ("ngày 14.2", "--02-14", "day"), ("20.2", "--02-20", "day")]),
    # a year after its season or its festival, the whole phrase
    ("ý nghĩa to lớn của đại thắng mùa xuân 1975, đồng thời", None, [("mùa xuân 1975", "1975", "year")]),
    ("phục vụ nhân dân dịp tết Nguyên đán Kỷ Hợi 2019.", None, [("tết Nguyên đán Kỷ Hợi 2019", "2019", "year")]),
    # "năm" is five before a unit of time it cannot name ("năm năm", "năm ngày")
    ("đã cư trú tại thành phố từ năm năm trở lên", None, [("năm năm", "P5Y", "duration")]),
    ("hồ sơ được giải quyết trong thời hạn năm ngày làm việc", None, [("năm ngày", "P5D", "duration")]),
    ("kỷ niệm 45 năm ngày thành lập trường", None, [("45 năm", "P45Y", "duration")]),
    # a dotted day after an occasion or a day named before it
    ("công nhân được nghỉ dịp 2.9 vừa qua", None, [("2.9", "--09-02", "day")]),
    ("mít tinh chào mừng ngày Quốc tế Phụ nữ 8.3 tại nhà văn hóa", None, [("8.3", "--03-08", "day")]),
    # half of a year
    ("tăng trưởng tín dụng nửa đầu năm 2018 chậm lại", None, [("nửa đầu năm 2018", "2018-01/2018-06", "range")]),
    # the next days of a list after their lead
    ("cử tri đi bầu vào ngày 10/5, 11/5 và 12/5", None,
     [("ngày 10/5", "--05-10", "day"), ("11/5", "--05-11", "day"), ("12/5", "--05-12", "day")]),
    # the year of a plan or a budget
    ("tiến độ giải ngân vốn theo kế hoạch 2019 còn chậm", None, [("2019", "2019", "year")]),
    ("tỉnh đã giải ngân 80% kế hoạch vốn 2020, cao hơn bình quân", None, [("2020", "2020", "year")]),
    # the year that ends a law's name is a date (C_NOTES 6)
    ("các quy định của Luật Bảo vệ môi trường 2014 còn chồng chéo", None, [("2014", "2014", "year")]),
    ("sửa đổi Bộ luật lao động 2012 theo hướng linh hoạt", None, [("2012", "2012", "year")]),
    # two full days joined by a dash are one span, like "2013-2018" (an anniversary's years)
    ("ngày truyền thống của ngành (15/8/1950-15/8/2020) được tổ chức", None,
     [("15/8/1950-15/8/2020", "1950-08-15/2020-08-15", "range")]),
    ("mít tinh kỷ niệm 60 năm thành lập trường (12.9.1960 - 12.9.2020) tại hội trường", None,
     [("60 năm", "P60Y", "duration"), ("12.9.1960 - 12.9.2020", "1960-09-12/2020-09-12", "range")]),
    ("kỷ niệm 65 năm giải phóng thủ đô (10.10.1954-10.10.2019), tuyên dương", None,
     [("65 năm", "P65Y", "duration"), ("10.10.1954-10.10.2019", "1954-10-10/2019-10-10", "range")]),
    # a length told in several units is one value
    ("thời gian thông quan trung bình là 18 giờ 25 phút 40 giây mỗi lô hàng", None,
     [("18 giờ 25 phút 40 giây", "PT18H25M40S", "duration")]),
    ("hồ sơ được giải quyết trong 2 ngày 6h, nhanh hơn năm trước", None, [("2 ngày 6h", "P2DT6H", "duration")]),
    ("bị cáo lĩnh án 3 năm 6 tháng tù giam", None, [("3 năm 6 tháng", "P3Y6M", "duration")]),
    ("chuyến đi kéo dài 1 ngày 8 giờ 15 phút", None, [("1 ngày 8 giờ 15 phút", "P1DT8H15M", "duration")]),
    # a range of lengths with a decimal end
    ("dự án cần khoảng 2,5-3 năm để hoàn thành", None,
     [("2,5-3 năm", "P2.5Y", "duration"), ("3 năm", "P3Y", "duration")]),
    # the year that closes a list of days is each day's; a length before "ngày" keeps its word
    ("Trong ba ngày 9.6, 10.6 và 11.6.2015, Hội nghị đã thảo luận", None,
     [("ba ngày", "P3D", "duration"), ("9.6", "2015-06-09", "day"), ("10.6", "2015-06-10", "day"),
      ("11.6.2015", "2015-06-11", "day")]),
    ("Hội chợ mở cửa các ngày 20/5 và 21/5/2019 tại Hà Nội", None,
     [("ngày 20/5", "2019-05-20", "day"), ("21/5/2019", "2019-05-21", "day")]),
    # a time, the day named, then its date: one value
    ("Đúng 9h15 sáng nay (22/7), phiên họp đã khai mạc", None, [("9h15 sáng nay (22/7)", "--07-22T09:15", "datetime")]),
    ("vào 14 giờ 30 hôm qua, 10- 3, đoàn đã đến", None, [("14 giờ 30 hôm qua, 10- 3", "--03-10T14:30", "datetime")]),
    # clock hours: the end of the day, a range of hours in a part of the day (both ends, NOTES 21)
    ("các nhà hàng phải đóng cửa trước 24h mỗi ngày", None, [("24h", "T24:00", "time")]),
    ("quán vẫn mở nhạc đến 1-2h sáng hôm sau", None, [("1-2h sáng", "T01:00", "time"), ("2h sáng", "T02:00", "time")]),
    ("nhiều hôm phải làm đến 2 - 3 giờ sáng mới xong", None,
     [("2 - 3 giờ sáng", "T02:00", "time"), ("3 giờ sáng", "T03:00", "time")]),
    # hours and minutes after "đúng", "hồi", or before the day they are on: a clock's time
    ("Đúng 7 giờ 45 phút, lễ khai mạc bắt đầu", None, [("7 giờ 45 phút", "T07:45", "time")]),
    ("chương trình được phát vào hồi 20 giờ 15 phút", None, [("20 giờ 15 phút", "T20:15", "time")]),
    ("14 giờ 20 phút cùng ngày, đoàn kiểm tra đến hiện trường", None, [("14 giờ 20 phút", "T14:20", "time")]),
    # a length of days before a span of days: both
    ("hội thảo diễn ra trong hai ngày 12-13/9 tại Đà Nẵng", None,
     [("hai ngày", "P2D", "duration"), ("12-13/9", "--09-12/--09-13", "range")]),
    # a document's number before "ngày" is no length: the day keeps its word
    ("thực hiện Quyết định số 15 ngày 3/4/2018 của UBND tỉnh", None, [("ngày 3/4/2018", "2018-04-03", "day")]),
    # a year named for what it is given to, a season of a year
    ("tỉnh phát động “Năm văn minh đô thị 2019” với nhiều hoạt động", None, [("2019", "2019", "year")]),
    ("các khách sạn đã sẵn sàng cho mùa du lịch hè 2018.", None, [("2018", "2018", "year")]),
    # a day alone in brackets after an ordinal, its day above its month
    ("bế mạc Kỳ họp lần thứ 4 (24/11) của HĐND tỉnh", None, [("24/11", "--11-24", "day")]),
    # "hôm nay", "sáng nay," lead a day but stay out of its span (G, P notes); a span of days with dots
    ("Phát biểu tại hội nghị sáng nay, 12.5 Bộ trưởng cho biết", None, [("12.5", "--05-12", "day")]),
    ("Cũng hôm nay 9.3, Ủy ban Thường vụ Quốc hội họp", None, [("9.3", "--03-09", "day")]),
    ("Sáng qua, 14-2, đoàn công tác đến", None, [("14-2", "--02-14", "day")]),
    ("đoàn sẽ về tới nơi lúc 5 giờ sáng mai (14.8), theo kế hoạch", None,
     [("5 giờ sáng mai (14.8)", "--08-14T05:00", "datetime")]),
    ("thảo luận ở tổ trong ngày 16 - 17.5 tới", None, [("ngày 16 - 17.5", "--05-16/--05-17", "range")]),
    # a day alone in brackets after a name or an event; not a fraction, nor a part of a text
    ("phát biểu bế mạc kỳ họp HĐND (8/12), Chủ tịch tỉnh nói", None, [("8/12", "--12-08", "day")]),
    ("trong ngày làm việc cuối của phiên chất vấn (4/12), Bộ trưởng trả lời", None, [("4/12", "--12-04", "day")]),
    ("mít tinh kỷ niệm Ngày Môi trường thế giới (5-6).", None, [("5-6", "--06-05", "day")]),
    # "and a half" after a unit
    ("Quốc hội dành 3 ngày rưỡi để chất vấn", None, [("3 ngày rưỡi", "P3.5D", "duration")]),
    ("sau một năm rưỡi thi công, cầu đã thông xe", None, [("một năm rưỡi", "P1.5Y", "duration")]),
    # a month's name with its year, or with the year closing a list of months
    ("hiệp định được ký tháng Giêng, rồi tháng Sáu năm 1954 hội nghị họp", None, [("tháng Sáu năm 1954", "1954-06", "month")]),
    ("cuộc khởi nghĩa Tháng Tám 1945 thành công", None, [("Tháng Tám 1945", "1945-08", "month")]),
    ("vào tháng Ba và tháng Tư năm 1975", None, [("tháng Ba", "1975-03", "month"), ("tháng Tư năm 1975", "1975-04", "month")]),
    # an ordinal after its noun is no weekday: it stays out of the day's span
    ("Chương trình Kỳ họp thứ 4, ngày 8/11, Quốc hội thảo luận", None, [("ngày 8/11", "--11-08", "day")]),
    ("Quốc hội sẽ biểu quyết vào thứ 5, ngày 8/11", None, [("thứ 5, ngày 8/11", "--11-08", "day")]),
    # a century: its hundred years
    ("những thành tựu lớn của dân tộc trong thế kỷ 20 đã được ghi nhận", None, [("thế kỷ 20", "1901/2000", "range")]),
    ("nguồn nhân lực cho thế kỷ XXI, đầu thế kỉ XIX", None,
     [("thế kỷ XXI", "2001/2100", "range"), ("đầu thế kỉ XIX", "1801/1900", "range")]),
    # the older spelling "quí" of a quarter
    ("doanh thu quí 3/2006 tăng mạnh", None, [("quí 3/2006", "2006-Q3", "quarter")]),
    # months of an unnamed year: a length (GUIDELINES "6 tháng → P6M"); the article's year makes it a span
    ("Trong 5 tháng đầu năm, doanh thu tăng mạnh", None, [("5 tháng", "P5M", "duration")]),
    ("công việc 6 tháng cuối năm rất nặng nề", None, [("6 tháng", "P6M", "duration")]),
    ("Trong 5 tháng đầu năm, doanh thu tăng mạnh", "2019-06-10T08:00", [("5 tháng đầu năm", "2019-01/2019-05", "range")]),
    # a day in words with the month's name, in either case
    ("Ngày 12 tháng Tư năm 1975, quân giải phóng tiến vào thị xã", None,
     [("Ngày 12 tháng Tư năm 1975", "1975-04-12", "day")]),
    ("ngày 7 tháng năm, đơn vị hành quân", None, [("ngày 7 tháng năm", "--05-07", "day")]),
    # "mồng"/"mùng" leads a day like "ngày"
    ("Lễ kỷ niệm diễn ra vào mồng 2 tháng 9 tại quảng trường", None, [("mồng 2 tháng 9", "--09-02", "day")]),
    # a span of months whose year is written once is one range (like "từ 6 đến 22/4"); from a
    # later month to an earlier one it starts in the year before
    ("Từ tháng 3 đến tháng 6/2016, đoàn kiểm tra làm việc tại 12 xã", None,
     [("tháng 3 đến tháng 6/2016", "2016-03/2016-06", "range")]),
    ("Mùa khô kéo dài từ tháng 11 đến tháng 4/2016", None, [("tháng 11 đến tháng 4/2016", "2015-11/2016-04", "range")]),
    # a span of days whose last day is written in words or with dots and its year
    ("Đoàn sẽ thăm Lào từ ngày 9 đến 12 tháng 8 năm 2016.", None,
     [("ngày 9 đến 12 tháng 8 năm 2016", "2016-08-09/2016-08-12", "range")]),
    ("Hội nghị diễn ra từ ngày 3 đến 5.6.2015 tại Huế.", None, [("ngày 3 đến 5.6.2015", "2015-06-03/2015-06-05", "range")]),
    # the hours written glued to "giờ"
    ("Phiên họp bắt đầu lúc 14giờ30 phút chiều", None, [("lúc 14giờ30 phút chiều", "T14:30", "time")]),
    # a range of lengths with "đến" gives both ends, like "3-5 năm"
    # the last day of a list whose first day has no month of its own
    ("Hội nghị diễn ra trong các ngày 14, 15/7 tại Đà Nẵng", None, [("ngày 14", "--07-14", "day"), ("15/7", "--07-15", "day")]),
    # one expression is one date: the hour with its day written in words
    ("Lễ khởi công bắt đầu lúc 9 giờ 15 phút ngày 3 tháng 2 năm 2016.", None,
     [("9 giờ 15 phút ngày 3 tháng 2 năm 2016", "2016-02-03T09:15", "datetime")]),
    ("Người vi phạm bị tạm giữ xe từ 7 đến 15 ngày", None,
     [("7 đến 15 ngày", "P7D", "duration"), ("15 ngày", "P15D", "duration")]),
    # a list of three days or more: each day between is a date of the last one's month
    ("Đoàn công tác làm việc tại tỉnh trong các ngày 12, 13 và 14/10/2016.", None,
     [("ngày 12", "2016-10-12", "day"), ("13", "2016-10-13", "day"), ("14/10/2016", "2016-10-14", "day")]),
    # two quarters sharing one year: two dates
    ("Tăng trưởng trong quý III và quý IV năm 2015 đều cao.", None,
     [("quý III", "2015-Q3", "quarter"), ("quý IV năm 2015", "2015-Q4", "quarter")]),
    ("Kế hoạch vốn quý I, II/2014 đã giao đủ.", None,
     [("quý I", "2014-Q1", "quarter"), ("II/2014", "2014-Q2", "quarter")]),
    # the budget of the state named by its year
    ("Quốc hội thảo luận dự toán ngân sách nhà nước 2018 tại hội trường.", None, [("2018", "2018", "year")]),
    # a year closing the name of an ordinance, an event, a plan of tasks; "đồng thời" is no money
    ("Dự luật kế thừa Pháp lệnh Dân số 2003 và bổ sung nhiều điểm.", None, [("2003", "2003", "year")]),
    ("Ban tổ chức Lễ hội pháo hoa quốc tế Đà Nẵng 2016 công bố lịch.", None, [("2016", "2016", "year")]),
    ("Bộ đã chốt phương án Kỳ thi trung học phổ thông quốc gia 2018.", None, [("2018", "2018", "year")]),
    ("Chính phủ đã giao kế hoạch đầu tư công 2017 cho các bộ.", None, [("2017", "2017", "year")]),
    ("Luật phải phù hợp với Hiến pháp 2013 đồng thời bảo đảm tính khả thi.", None, [("2013", "2013", "year")]),
    # a body's name after a bare day is no noun of an amount ("20/2 Bộ", as "9/22 Bộ" would be)
    ("Hội đồng sẽ họp vào 15/3 Bộ Tài chính cho biết như vậy.", None, [("15/3", "--03-15", "day")]),
    # one expression is one date: the hour, the weekday and the day
    ("Buổi lễ diễn ra lúc 9 giờ ngày chủ nhật 21.5.2017 tại quảng trường.", None,
     [("9 giờ ngày chủ nhật 21.5.2017", "2017-05-21T09:00", "datetime")]),
    ("Hội nghị khai mạc vào 8h sáng thứ Tư, 14/6/2017 ở Hà Nội.", None,
     [("8h sáng thứ Tư, 14/6/2017", "2017-06-14T08:00", "datetime")]),
    # "chục" (ten) alone after a word of approximation, then a unit of time: a length
    ("Người dân đã chờ hơn chục ngày mà chưa có nước.", None, [("chục ngày", "P10D", "duration")]),
]

NEGATIVES = [
    "khu đô thị này có thể đón tới 2000 người",
    "Hội nghị có 5 DN 2000 người tham dự",
    "Thời gian tới, đồng chí Trưởng Ban đề nghị mỗi cán bộ",
    "Quận Ba Đình hằng năm thường thu ngân sách vượt chỉ tiêu",
    "đến nay, tại các địa phương có 143 mô hình",
    "từ nay đến hết tháng 6 các quận phải hướng dẫn",
    "dự kiến hoàn thành trong quý III tới",
    "Hôm nay, sáng mai và tuần tới đều có mưa",
    "bị phạt 5-6 triệu đồng; từ 2-3 người",
    "hệ số 0,4-0,5-0,6 mức lương; từ 1-2/3 số hộ",
    "cần bố trí đơn vị bầu từ 3-5 đại biểu",
    "Có tới 5/7 khu vực bỏ phiếu bầu",
    "Nguồn: 24h.com.vn, Tin 24h",
    "Đây là một năm đầy khó khăn với ngành thủy sản",
    "sinh viên được vay 2 triệu đồng một tháng",
    "người dân nghe 3 tiếng nổ lớn",
    "Tổng Bí thư sẽ thăm nước bạn vào một ngày gần đây",
    "xe tải biển số 29H-12345 chở cát",
    "hồ sơ ghi hai năm sinh khác nhau",
    "từ 1.500 đến 2000 người tham gia",
    "chương trình Xuân Canh Tý 2021",
    "còn 9 Bộ và 22/63 địa phương chưa gửi báo cáo",
    "phải nhanh chóng thực hiện quy hoạch chi tiết 1/2000",
    "đo đạc theo hệ tọa độ VN-2000 của Bộ Tài nguyên",
    "giá 1.500 đồng một cân, tỷ lệ 2.5",
    "ngày 32/1 và tháng 13/2020 không có thật",
    "ngày 30/2/2019 không tồn tại",
    "kỳ họp thứ 3 năm nay",
    "tăng trưởng trong quí 2 năm nay cao hơn quý 2 năm ngoái",
    "mỗi ca trực có tới 4-5 cán bộ, lên đến 6-7 người",
    "Luật này có hiệu lực từ tháng 7 năm nay",
    "vào ngày 5 tháng tới sẽ khai mạc",
    "tăng hơn 2000 người so với năm trước",
    "tỷ lệ trúng tuyển là 10/11 thí sinh",
    "Năm lần bảy lượt cấp cứu vì đau dạ dày",
    # a lunar day is not annotated (ISO cannot hold it), nor a decimal range
    "miễn phí đến hết ngày 5.1 Âm lịch",
    "giá tăng từ 1.5 đến 2.5 triệu đồng",
    "giá cước tăng (1 - 2.5) lần so với trước",
    "tỷ lệ tán thành (2/3) là rất cao, xem (trang 3-4)",
    # "năm" the noun before "ngày"
    "Năm ngày càng có nhiều khó khăn",
    "cả năm ngày nào cũng họp",
    "trong ngày đã thu hoạch được 1/3.",
    # "năm" (five) inside an amount in words is no year: "một trăm năm mươi nghìn đồng"
    "số tiền (Hai triệu một trăm năm mươi nghìn đồng)",
    # a house number and a street named by a day
    "nhà số 30/4 đường Lê Lợi",
    # dotted decimals and fractions in a list, without a day's lead
    "trong ngày giá vàng tăng 1.5 triệu đồng",
    "tỷ lệ đạt 3/5, 2/3 tùy địa phương",
    # a lunar day is not annotated (NOTES 18), in words too, and is no length of months
    "Lễ hội chính diễn ra ngày 15 tháng 8 âm lịch hằng năm",
    "Hội làng mở vào mùng 6 tháng 2 âm lịch",
    # vague lengths: a number word after "vài", "dăm" or another number word
    "Việc cấp phép thường mất vài ba tháng",
    "hồ sơ để dăm ba tuần mới trả lời",
    "cứ hai, ba năm lại phải sửa chữa một lần",
    # "năm ngoái" is last year: "gấp 3 năm ngoái" is three times last year's, no length
    "doanh thu phải tăng gấp 3 năm ngoái",
    # a standard's number is no year
    "Gạch phải đạt tiêu chuẩn TCVN-2000 mới được dùng.",
    "Dự án đã treo hàng chục năm, gần chục năm nay không ai hỏi.",
    "Lễ hội năm nay thu hút 2000 du khách.",
]

# Durations that look like the start of a day in words are durations.
DURATIONS = [("sau 3 tháng 6 ngày điều trị", ["P3M6D"])]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates(text, published, expected):
    doc = run(text, published)
    assert [(s.text, s.attrs["value"], s.attrs["grain"]) for s in doc.dates] == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_not_dates(text):
    assert run(text).dates == []


@pytest.mark.parametrize("text,values", DURATIONS)
def test_durations_not_days(text, values):
    assert [s.attrs["value"] for s in run(text).dates] == values


def test_numbers_inside_document_symbols_are_not_dates():
    doc = run("theo Nghị định 30/2020/NĐ-CP và Thông tư 64/2017, Chỉ thị 01/2017 của Bộ")
    assert doc.documents and doc.dates == []


def test_never_todays_date():
    today = dt.date.today()
    doc = run(f"Chiều {today.day}/{today.month}, đoàn công tác đến")
    assert [s.attrs["value"] for s in doc.dates] == [f"--{today.month:02d}-{today.day:02d}"]


@pytest.mark.parametrize("d,m,y,ok", [
    (31, 1, 2020, True), (29, 2, 2020, True), (29, 2, 2019, False), (29, 2, None, True),
    (31, 4, None, False), (0, 5, None, False), (12, 13, None, False), (32, 1, None, False),
])
def test_calendar_validation(d, m, y, ok):
    assert valid_day(d, m, y) is ok


def test_holiday_named_by_its_day():
    doc = run("chào mừng Quốc khánh 2/9 và 35 năm thực hiện di chúc, kỷ niệm 30/4")
    assert [s.attrs["value"] for s in doc.dates] == ["--09-02", "P35Y", "--04-30"]


# A day in brackets after its weekday is read when the day exceeds the month (no fraction);
# "thứ Hai (5/10)" is still not read: "thứ 6 (…)" is often an ordinal.
def test_weekday_with_the_day_in_brackets():
    doc = run("Hôm nay, thứ Hai (12/10), Quốc hội thảo luận", "2015-10-11T20:00")
    assert [s.attrs["value"] for s in doc.dates] == ["2015-10-12"]
