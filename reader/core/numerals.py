"""Numbers written the Chinese way: 两万亿, 三十六, 百, 31.8万亿, ４９００.１３ → float.

cn2an handles plain Chinese numerals but not the mixes news writes (31.8万亿, bare 百 in 近百位,
full-width digits), and its whole-text transform rewrites words (零售 → 0售); this parser takes
only a span already known to be a number.
"""

from __future__ import annotations

from typing import Final

DIGITS: Final = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
UNITS: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES: Final = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_number(text: str) -> float | None:
    """The value of a number span, or None if it is not one."""
    text = text.translate(_FULL_WIDTH).replace(",", "").strip()
    if not text:
        return None
    # Arabic digits followed only by magnitudes: 31.8万亿 -> 31.8 × 10^4 × 10^8
    head = len(text) - len(text.lstrip("0123456789."))
    if head and all(c in MAGNITUDES for c in text[head:]):
        try:
            value = float(text[:head])
        except ValueError:
            return None
        for char in text[head:]:
            value *= MAGNITUDES[char]
        return value
    whole_part, dot, decimals = text.partition("点")
    if dot:  # 十二点五 → 12.5: the digits after 点 are read one by one
        digits = decimals.rstrip("".join(MAGNITUDES))
        whole = _chinese(whole_part) if whole_part else None
        if whole is None or not digits or any(c not in DIGITS for c in digits):
            return None
        value = float(f"{whole}.{''.join(str(DIGITS[c]) for c in digits)}")
        for char in decimals[len(digits) :]:  # 三点五亿 → 3.5 × 10^8
            value *= MAGNITUDES[char]
        return value
    whole = _chinese(text)
    return None if whole is None else float(whole)


def _chinese(text: str) -> int | None:
    """Chinese numerals with 十百千 units and 万/亿 sections (两万三千, 十五, 百)."""
    if all(c in DIGITS for c in text):  # digit by digit: 二〇二〇
        return int("".join(str(DIGITS[c]) for c in text))
    total = section = digit = 0
    seen = False
    place = 1  # what a last bare digit counts: 两千五 is 2500, 三万五 35000, 三千零五 3005
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
            if digit == 0:
                place = 1
            seen = True
        elif char in UNITS:
            section += (digit or 1) * UNITS[char]
            digit = 0
            place = max(UNITS[char] // 10, 1)
            seen = True
        elif char in MAGNITUDES:
            magnitude = MAGNITUDES[char]
            section += digit
            if total and total < magnitude:
                total = (total + section) * magnitude
            else:
                total += (section or 1) * magnitude
            section = digit = 0
            place = magnitude // 10
            seen = True
        elif char.isdigit():
            digit = digit * 10 + int(char)
            place = 1
            seen = True
        else:
            return None
    return total + section + digit * place if seen else None


def english_amount(value: float) -> str:
    """31800000000000 -> '31.8 trillion', 70240000000 -> '70.24 billion', 36 -> '36'."""
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(value) >= size:
            return f"{value / size:.6g} {word}"
    if abs(value) >= 10**4:
        return f"{value:,.0f}"
    return f"{value:g}"
