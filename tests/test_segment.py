import pytest
from hypothesis import given, strategies as st

from pipeline.segment import split


@pytest.mark.parametrize("text,expected", [
    ("Chiều 12/10, Quận ủy tổ chức Hội nghị. Đồng chí Lê Trí Vũ dự.",
     ["Chiều 12/10, Quận ủy tổ chức Hội nghị.", "Đồng chí Lê Trí Vũ dự."]),
    # a line break always ends a sentence; blank lines give nothing
    ("Print Thứ Năm, 12/10/2023 17:55 Gốc\n\nChiều 12/10, Quận ủy họp",
     ["Print Thứ Năm, 12/10/2023 17:55 Gốc", "Chiều 12/10, Quận ủy họp"]),
    # thousands separators and decimals are not boundaries
    ("Toàn quận có 1.500 hộ, tăng 2,5 lần. Năm 2023 tốt hơn.",
     ["Toàn quận có 1.500 hộ, tăng 2,5 lần.", "Năm 2023 tốt hơn."]),
    # abbreviations and initials
    ("Trạm thu phí (Ảnh: L.T. Thắng) ở TP. Hồ Chí Minh. Ông Th. Hà nói.",
     ["Trạm thu phí (Ảnh: L.T. Thắng) ở TP. Hồ Chí Minh.", "Ông Th. Hà nói."]),
    # closing quotes stay with their sentence
    ("Chị nói: “Chúng tôi phải tạm cư đến bao giờ?” Ông Hải đáp.",
     ["Chị nói: “Chúng tôi phải tạm cư đến bao giờ?”", "Ông Hải đáp."]),
    # a lower-case word after a dot does not start a sentence
    ("Giá 30.000 đồng/lượt. mới cho qua", ["Giá 30.000 đồng/lượt. mới cho qua"]),
    ("", []),
    ("   \n \n", []),
])
def test_split(text, expected):
    assert [text[a:b] for a, b in split(text)] == expected


@given(st.text())
def test_sentences_are_ordered_trimmed_slices(text):
    spans = split(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert "\n" not in text[a:b]
        last = b
