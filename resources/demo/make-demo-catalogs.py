#!/usr/bin/env python3
"""Generate the Omnitill demo catalogues (developer tool, stdlib only).

    python3 resources/demo/make-demo-catalogs.py           # (re)write the CSVs
    python3 resources/demo/make-demo-catalogs.py --check   # verify committed CSVs are current

Writes, next to this script:
    seoul-catalog.csv  - Seoul flagship, KRW, VAT-inclusive, ~300 products
    us-catalog.csv     - US store, USD, tax-exclusive, ~60 products

CSV: UTF-8, RFC 4180 quoting, LF line ends, header
    sku,barcodes,name_ko,name_en,category,price,tax_class,unit

Barcodes are written in the tables below WITHOUT their check digit (spaces are
only for readability); the script appends the GS1 check digit.  Base length
decides the symbology: 7 digits -> EAN-8, 11 -> UPC-A, 12 -> EAN-13.

Variable-measure (in-store) EAN-13 layout: PP IIIII VVVVV C
    PP 20-24: VVVVV = price in won             ("price-embedded")
    PP 25-29: VVVVV = weight in grams          ("weighed", unit kg, price per kg)
The catalogue carries each such item's zero-value code (VVVVV = 00000).

Output is deterministic.  SKUs are numbered per category in table order, so
append new rows at the end of a table to keep existing SKUs stable; barcodes
are derived from explicit item references and never shift.
"""

import csv
import io
import os
import sys

HEADER = ["sku", "barcodes", "name_ko", "name_en", "category", "price", "tax_class", "unit"]

SKU_CODE = {
    "tops": "TOP", "bottoms": "BTM", "outerwear": "OUT", "shoes": "SHO",
    "bags": "BAG", "accessories": "ACC", "beauty": "BTY", "home": "HOM",
    "snacks": "SNK", "food": "FOD", "drinks": "DRK", "fresh": "FRS", "deli": "DEL",
}
CATEGORY_ORDER = list(SKU_CODE)


# --------------------------------------------------------------------------- GS1

def gs1_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits preceding the check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def gtin(base: str) -> str:
    base = base.replace(" ", "")
    assert base.isdigit() and len(base) in (7, 11, 12), base
    return base + str(gs1_check_digit(base))


def gtin_valid(code: str) -> bool:
    return (code.isdigit() and len(code) in (8, 12, 13)
            and gs1_check_digit(code[:-1]) == int(code[-1]))


def gtin14(code: str) -> str:
    """Normalise for duplicate detection (UPC-A 012345... == EAN-13 0012345...)."""
    return code.zfill(14)


def is_variable_measure(code: str) -> bool:
    return len(code) == 13 and code[:2] in {str(p) for p in range(20, 30)}


# ------------------------------------------------------------------ Seoul (KRW)

KR_SIZE_DIGIT = {"S": "1", "M": "2", "L": "3",
                 "230": "1", "240": "2", "250": "3", "260": "4", "270": "5", "280": "6"}

# Apparel & shoes: one SKU per model x colour x size.
# barcode base = company(7) + model(3) + colour digit (1-based position) + size digit
# (category, company, model, name_ko, name_en, price, [(colour_ko, colour_en)], sizes)
SML = ["S", "M", "L"]
KR_APPAREL = [
    ("tops", "8809417", "101", "오버핏 코튼 티셔츠", "Oversized Cotton T-Shirt", 19900,
     [("화이트", "White"), ("블랙", "Black"), ("그레이", "Grey")], SML),
    ("tops", "8809417", "102", "베이직 크루넥 반팔 티셔츠", "Basic Crew-Neck Tee", 12900,
     [("화이트", "White"), ("네이비", "Navy")], SML),
    ("tops", "8809417", "103", "스트라이프 긴팔 티셔츠", "Striped Long-Sleeve Tee", 24900,
     [("네이비", "Navy"), ("블랙", "Black")], SML),
    ("tops", "8809417", "104", "옥스포드 버튼다운 셔츠", "Oxford Button-Down Shirt", 39000,
     [("스카이블루", "Sky Blue"), ("화이트", "White")], SML),
    ("tops", "8809417", "105", "린넨 오픈카라 셔츠", "Linen Open-Collar Shirt", 45000,
     [("베이지", "Beige")], SML),
    ("tops", "8809417", "106", "루즈핏 후드 티셔츠", "Relaxed-Fit Hoodie", 49000,
     [("멜란지 그레이", "Melange Grey"), ("차콜", "Charcoal")], SML),
    ("tops", "8809417", "107", "기모 맨투맨 스웨트셔츠", "Fleece-Lined Sweatshirt", 39000,
     [("오트밀", "Oatmeal"), ("네이비", "Navy")], SML),
    ("tops", "8809417", "108", "케이블 니트 스웨터", "Cable-Knit Sweater", 59000,
     [("아이보리", "Ivory"), ("브라운", "Brown")], SML),
    ("tops", "8809417", "109", "리브 니트 카디건", "Ribbed Knit Cardigan", 49000,
     [("크림", "Cream"), ("블랙", "Black")], SML),
    ("tops", "8809417", "110", "피케 폴로 셔츠", "Pique Polo Shirt", 35000,
     [("화이트", "White"), ("그린", "Green")], SML),

    ("bottoms", "8809417", "201", "와이드 데님 팬츠", "Wide-Leg Jeans", 59000,
     [("라이트블루", "Light Blue"), ("인디고", "Indigo")], SML),
    ("bottoms", "8809417", "202", "스트레이트 데님 팬츠", "Straight-Leg Jeans", 55000,
     [("미드블루", "Mid Blue"), ("블랙", "Black")], SML),
    ("bottoms", "8809417", "203", "코튼 치노 팬츠", "Cotton Chino Trousers", 45000,
     [("베이지", "Beige"), ("카키", "Khaki")], SML),
    ("bottoms", "8809417", "204", "밴딩 조거 팬츠", "Elastic-Waist Joggers", 35000,
     [("그레이", "Grey"), ("블랙", "Black")], SML),
    ("bottoms", "8809417", "205", "플리츠 미디 스커트", "Pleated Midi Skirt", 42000,
     [("블랙", "Black"), ("베이지", "Beige")], SML),
    ("bottoms", "8809417", "206", "린넨 하프 팬츠", "Linen Shorts", 32000,
     [("네이비", "Navy"), ("아이보리", "Ivory")], SML),

    ("outerwear", "8809417", "301", "라이트 패딩 점퍼", "Lightweight Puffer Jacket", 89000,
     [("블랙", "Black"), ("네이비", "Navy")], SML),
    ("outerwear", "8809417", "302", "울 블렌드 싱글 코트", "Wool-Blend Single-Breasted Coat", 189000,
     [("카멜", "Camel"), ("차콜", "Charcoal")], SML),
    ("outerwear", "8809417", "303", "데님 트러커 재킷", "Denim Trucker Jacket", 79000,
     [("미드블루", "Mid Blue")], SML),
    ("outerwear", "8809417", "304", "후드 윈드브레이커", "Hooded Windbreaker", 69000,
     [("블랙", "Black"), ("카키", "Khaki")], SML),
    ("outerwear", "8809417", "305", "클래식 트렌치 코트", "Classic Trench Coat", 159000,
     [("베이지", "Beige")], SML),

    ("shoes", "8809426", "401", "캔버스 로우 스니커즈", "Canvas Low-Top Sneakers", 49000,
     [("화이트", "White"), ("블랙", "Black")], ["230", "240", "250", "260", "270"]),
    ("shoes", "8809426", "402", "쿠셔닝 러닝화", "Cushioned Running Shoes", 89000,
     [("그레이", "Grey")], ["250", "260", "270", "280"]),
    ("shoes", "8809426", "403", "레더 첼시 부츠", "Leather Chelsea Boots", 129000,
     [("브라운", "Brown")], ["240", "250", "260", "270"]),
    ("shoes", "8809426", "404", "슬라이드 슬리퍼", "Slide Sandals", 19900,
     [("블랙", "Black")], ["240", "260", "280"]),
]

# Everything else: (category, [barcode bases], name_ko, name_en, price[, unit])
# Tax class is VAT10 except category "fresh" (unprocessed food: EXEMPT).
KR_ITEMS = [
    # bags -- company 8809426
    ("bags", ["880 9426 50101"], '캔버스 토트백 "데일리" 아이보리', 'Canvas Tote Bag "Daily" Ivory', 29000),
    ("bags", ["880 9426 50102"], '캔버스 토트백 "데일리" 블랙', 'Canvas Tote Bag "Daily" Black', 29000),
    ("bags", ["880 9426 50201"], "나일론 백팩 블랙", "Nylon Backpack Black", 69000),
    ("bags", ["880 9426 50202"], "나일론 백팩 네이비", "Nylon Backpack Navy", 69000),
    ("bags", ["880 9426 50301"], "미니 크로스백 블랙", "Mini Crossbody Bag Black", 39000),
    ("bags", ["880 9426 50302"], "미니 크로스백 베이지", "Mini Crossbody Bag Beige", 39000),
    ("bags", ["880 9426 50401"], "소가죽 숄더백 브라운", "Leather Shoulder Bag Brown", 149000),
    ("bags", ["880 9426 50501"], "나일론 슬링백 그레이", "Nylon Sling Bag Grey", 35000),
    ("bags", ["880 9426 50601"], "로고 프린트 에코백", "Eco Tote Bag, Logo Print", 9900),
    ("bags", ["880 9426 50701"], "레더 카드지갑 블랙", "Leather Card Wallet Black", 25000),
    ("bags", ["880 9426 50801"], "레더 반지갑 브라운", "Leather Bifold Wallet Brown", 59000),
    ("bags", ["880 9426 50901"], "여행용 파우치 M 멀티", "Travel Pouch M Multicolour", 12900),
    ("bags", ["880 9426 51001"], "폴더블 장바구니", "Foldable Shopping Bag", 5900),

    # accessories -- company 8809417
    ("accessories", ["880 9417 60101"], "발목 양말 3족 세트 화이트", "Ankle Socks, 3-Pack White", 9900),
    ("accessories", ["880 9417 60102"], "발목 양말 3족 세트 블랙", "Ankle Socks, 3-Pack Black", 9900),
    ("accessories", ["880 9417 60201"], "크루 양말 3족 세트 혼합", "Crew Socks, 3-Pack Assorted", 12900),
    ("accessories", ["880 9417 60301"], "코튼 볼캡 블랙", "Cotton Baseball Cap Black", 25000),
    ("accessories", ["880 9417 60302"], "코튼 볼캡 베이지", "Cotton Baseball Cap Beige", 25000),
    ("accessories", ["880 9417 60401"], "버킷햇 네이비", "Bucket Hat Navy", 29000),
    ("accessories", ["880 9417 60501"], "골지 비니 그레이", "Ribbed Beanie Grey", 19900),
    ("accessories", ["880 9417 60601"], "울 머플러 카멜", "Wool Scarf Camel", 39000),
    ("accessories", ["880 9417 60701"], "소가죽 벨트 블랙", "Leather Belt Black", 35000),
    ("accessories", ["880 9417 60702"], "소가죽 벨트 브라운", "Leather Belt Brown", 35000),
    ("accessories", ["880 9417 60801"], "헤어 집게핀 3종 세트", "Hair Claw Clips, Set of 3", 7900),
    ("accessories", ["880 9417 60901"], "곱창 밴드 3개입", "Scrunchies, 3-Pack", 5900),
    ("accessories", ["880 9417 61001"], "실버 링 귀걸이", "Silver Hoop Earrings", 19000),
    ("accessories", ["880 9417 61101"], "뿔테 선글라스 블랙", "Sunglasses Black Frame", 45000),
    ("accessories", ["880 9417 61201"], "자동 장우산 블랙", "Auto-Open Umbrella Black", 19900),
    ("accessories", ["880 9417 61301"], "3단 접이식 우산 네이비", "Compact 3-Fold Umbrella Navy", 15900),
    ("accessories", ["880 9417 61401"], "터치 니트 장갑 그레이", "Touchscreen Knit Gloves Grey", 15900),
    ("accessories", ["880 9417 61501"], "로고 키링", "Logo Keyring", 6900),
    ("accessories", ["880 9417 61601"], "미니멀 메탈 손목시계 실버", "Minimal Wrist Watch Silver", 89000),
    ("accessories", ["880 9417 61701"], "스마트폰 넥 스트랩", "Phone Lanyard Strap", 8900),

    # beauty -- company 8809583 (+ one import with its original EAN)
    ("beauty", ["880 9583 00101"], "히알루론 수분 크림 50ml", "Hyaluronic Moisturising Cream 50 ml", 28000),
    ("beauty", ["880 9583 00102"], "약산성 클렌징 폼 150ml", "Low-pH Cleansing Foam 150 ml", 12000),
    ("beauty", ["880 9583 00103"], "수분 토너 200ml", "Hydrating Toner 200 ml", 18000),
    ("beauty", ["880 9583 00104"], "비타민C 세럼 30ml", "Vitamin C Serum 30 ml", 32000),
    ("beauty", ["880 9583 00105"], "데일리 선크림 SPF50+ PA++++ 50ml", "Daily Sunscreen SPF50+ PA++++ 50 ml", 19800),
    ("beauty", ["880 9583 00106"], "수분 시트 마스크 10매", "Hydrating Sheet Mask, 10 Sheets", 15000),
    ("beauty", ["880 9583 00107"], "립밤 무향", "Lip Balm, Unscented", 4500),
    ("beauty", ["880 9583 00108"], "워터 립 틴트 로즈", "Water Lip Tint Rose", 12000),
    ("beauty", ["880 9583 00109"], "워터 립 틴트 코랄", "Water Lip Tint Coral", 12000),
    ("beauty", ["880 9583 00110"], "커버 쿠션 팩트 21호", "Cover Cushion Foundation No. 21", 32000),
    ("beauty", ["880 9583 00111"], "커버 쿠션 팩트 23호", "Cover Cushion Foundation No. 23", 32000),
    ("beauty", ["880 9583 00112"], "핸드크림 라벤더 50ml", "Hand Cream Lavender 50 ml", 8900),
    ("beauty", ["880 9583 00113"], "퍼퓸 바디로션 400ml", "Perfumed Body Lotion 400 ml", 15900),
    ("beauty", ["880 9583 00114"], "약산성 샴푸 500ml", "Low-pH Shampoo 500 ml", 13900),
    ("beauty", ["880 9583 00115"], "단백질 헤어 트리트먼트 300ml", "Protein Hair Treatment 300 ml", 14900),
    ("beauty", ["880 9583 00116"], "데오드란트 스틱 50g", "Deodorant Stick 50 g", 9900),
    ("beauty", ["880 9583 00117"], "볼륨 마스카라 블랙", "Volume Mascara Black", 16000),
    ("beauty", ["880 9583 00118"], "아이브로우 펜슬 브라운", "Eyebrow Pencil Brown", 8000),
    ("beauty", ["880 9583 00119"], "네일 컬러 누드베이지", "Nail Colour Nude Beige", 7000),
    ("beauty", ["880 9583 00120"], "딥 클렌징 오일 200ml", "Deep Cleansing Oil 200 ml", 22000),
    ("beauty", ["880 9583 00121"], "순면 면봉 200개입", "Cotton Buds, 200 pcs", 2500),
    ("beauty", ["880 9583 00122"], "순면 화장솜 80매", "Cotton Pads, 80 pcs", 3500),
    ("beauty", ["880 9583 00123"], "오 드 퍼퓸 우디 50ml", "Eau de Parfum Woody 50 ml", 69000),
    ("beauty", ["880 9583 00124"], "수분 페이스 미스트 100ml", "Hydrating Face Mist 100 ml", 13000),
    # imported: importer's Korean label + original Italian EAN-13
    ("beauty", ["880 9583 00125", "800 4521 30017"], "올리브 핸드워시 250ml (이탈리아)", "Olive Hand Wash 250 ml (Italy)", 11900),

    # home -- company 8809358
    ("home", ["880 9358 10001"], "소이 캔들 우드 세이지 200g", "Soy Candle Wood Sage 200 g", 19900),
    ("home", ["880 9358 10002"], "소이 캔들 화이트 머스크 200g", "Soy Candle White Musk 200 g", 19900),
    ("home", ["880 9358 10003"], "리드 디퓨저 블랙체리 200ml", "Reed Diffuser Black Cherry 200 ml", 24900),
    ("home", ["880 9358 10004"], "호텔 타월 40수 화이트", "Hotel Towel 40s White", 7900),
    ("home", ["880 9358 10005"], "순면 바스타월 3매 세트", "Bath Towels, Set of 3", 19900),
    ("home", ["880 9358 10006"], "세라믹 머그컵 화이트 350ml", "Ceramic Mug White 350 ml", 8900),
    ("home", ["880 9358 10007"], "내열 유리컵 450ml", "Heat-Resistant Glass 450 ml", 12900),
    ("home", ["880 9358 10008"], "스테인리스 텀블러 500ml", "Stainless Steel Tumbler 500 ml", 22000),
    ("home", ["880 9358 10009"], "쿠션 커버 45x45 아이보리", "Cushion Cover 45x45 Ivory", 15900),
    ("home", ["880 9358 10010"], "극세사 무릎 담요 그레이", "Microfibre Throw Blanket Grey", 29000),
    ("home", ["880 9358 10011"], "린넨 테이블 매트 2P", "Linen Placemats, 2-Pack", 12000),
    ("home", ["880 9358 10012"], "원목 서빙 트레이", "Wooden Serving Tray", 18000),
    ("home", ["880 9358 10013"], "라탄 수납 바구니 M", "Rattan Storage Basket M", 15900),
    ("home", ["880 9358 10014"], "사계절 실내화 그레이", "Indoor Slippers Grey", 9900),
    ("home", ["880 9358 10015"], "룸 스프레이 코튼 린넨 100ml", "Room Spray Cotton Linen 100 ml", 14900),
    ("home", ["880 9358 10016"], "유리 밀폐용기 3종 세트", "Glass Food Containers, Set of 3", 24900),
    ("home", ["880 9358 10017"], "실리콘 주방 집게", "Silicone Kitchen Tongs", 6900),
    ("home", ["880 9358 10018"], "대나무 칫솔 2입", "Bamboo Toothbrushes, 2-Pack", 4900),
    ("home", ["880 9358 10019"], "면 행주 3매", "Cotton Dish Cloths, 3-Pack", 5900),
    ("home", ["880 9358 10020"], "천연 수세미", "Natural Loofah Dish Scrubber", 2500),
    ("home", ["880 9358 10021"], "LED 무드등", "LED Mood Lamp", 29000),
    ("home", ["880 9358 10022"], "무소음 탁상 시계", "Silent Desk Clock", 19900),
    ("home", ["880 9358 10023"], "원목 사진 액자 4x6", "Wooden Photo Frame 4x6", 9900),
    ("home", ["880 9358 10024"], "휴대용 물티슈 20매", "Pocket Wet Wipes, 20 Sheets", 1500),
    ("home", ["880 9358 10025"], "알카라인 건전지 AA 4입", "Alkaline Batteries AA, 4-Pack", 4500),

    # snacks -- companies 8801273 / 8801936 (+ one US import)
    ("snacks", ["880 1273 00101"], "감자칩 오리지널 60g", "Potato Chips Original 60 g", 1700),
    ("snacks", ["880 1273 00102"], "감자칩 사워크림 어니언 60g", "Potato Chips Sour Cream & Onion 60 g", 1700),
    ("snacks", ["880 1273 00103"], "새우맛 스낵 90g", "Shrimp Crackers 90 g", 1500),
    ("snacks", ["880 1273 00104"], "콘 스낵 고소한맛 70g", "Corn Puffs 70 g", 1500),
    ("snacks", ["880 1273 00105"], "양파링 스낵 84g", "Onion Ring Snack 84 g", 1500),
    ("snacks", ["880 1273 00106"], "초코파이 12개입", "Choco Pie, 12-Pack", 5400),
    ("snacks", ["880 1273 00107"], "밀크 초콜릿 40g", "Milk Chocolate Bar 40 g", 1500),
    ("snacks", ["880 1273 00108"], "다크 초콜릿 72% 100g", "Dark Chocolate 72% 100 g", 3500),
    ("snacks", ["880 1273 00109"], "아몬드 초콜릿 46g", "Almond Chocolate 46 g", 2000),
    ("snacks", ["880 1273 00110"], "초코 스틱 과자 46g", "Chocolate-Coated Biscuit Sticks 46 g", 1700),
    # gum: carton EAN-13 and the small pack's EAN-8 both ring up the same item
    ("snacks", ["880 1273 00111", "880 1273"], "자일리톨 껌 14개입", "Xylitol Chewing Gum, 14 Pieces", 1200),
    ("snacks", ["880 1936 00101"], "곰 젤리 100g", "Gummy Bears 100 g", 1800),
    ("snacks", ["880 1936 00102"], "허브 목캔디 50g", "Herbal Throat Candy 50 g", 1200),
    ("snacks", ["880 1936 00103"], "허니버터 아몬드 30g", "Honey Butter Almonds 30 g", 2500),
    ("snacks", ["880 1936 00104"], "프로틴바 초코 45g", "Protein Bar Chocolate 45 g", 2500),
    ("snacks", ["880 1936 00105"], "오트 그래놀라바 35g", "Oat Granola Bar 35 g", 1500),
    ("snacks", ["880 1936 00106"], "현미 쌀과자 65g", "Brown Rice Crackers 65 g", 1800),
    ("snacks", ["880 1936 00107"], "도시락김 5g 3봉", "Seasoned Seaweed Snack, 3 x 5 g", 2500),
    ("snacks", ["880 1936 00108"], "버터 쿠키 120g", "Butter Cookies 120 g", 3500),
    ("snacks", ["880 1936 00109"], "초코칩 쿠키 90g", "Chocolate Chip Cookies 90 g", 3000),
    ("snacks", ["880 1936 00110"], "소금 프레첼 85g", "Salted Pretzels 85 g", 2000),
    ("snacks", ["880 1936 00111"], "카라멜 팝콘 80g", "Caramel Popcorn 80 g", 2500),
    ("snacks", ["880 1936 00112"], "소고기 육포 40g", "Beef Jerky 40 g", 5900),
    ("snacks", ["880 1936 00113"], "바닐라 웨하스 50g", "Vanilla Wafers 50 g", 1500),
    # imported: importer's Korean label + original UPC-A
    ("snacks", ["880 1936 00114", "0 41573 20015"], "캔 감자칩 오리지널 110g (미국)", "Stacked Potato Crisps Original 110 g (USA)", 3300),

    # food (shelf-stable / instant) -- 8801273 / 8801936
    ("food", ["880 1273 00201"], "얼큰 컵라면 65g", "Spicy Cup Ramyeon 65 g", 1300),
    ("food", ["880 1273 00202"], "짜장 큰컵 123g", "Jjajang Big Cup Noodles 123 g", 1800),
    ("food", ["880 1273 00203"], "얼큰 라면 5입", "Spicy Ramyeon, 5-Pack", 4800),
    ("food", ["880 1936 00201"], "즉석밥 210g", "Instant Cooked Rice 210 g", 1600),
    ("food", ["880 1936 00202"], "즉석밥 210g 3입", "Instant Cooked Rice, 3 x 210 g", 4500),
    ("food", ["880 1936 00203"], "살코기 참치캔 150g", "Canned Tuna Chunks 150 g", 2900),
    ("food", ["880 1936 00204"], "3분 카레 약간매운맛 200g", "Ready Curry Medium Hot 200 g", 2000),
    ("food", ["880 1936 00205"], "참치마요 컵밥 250g", "Tuna Mayo Rice Bowl 250 g", 3500),
    ("food", ["880 1936 00206"], "컵 떡볶이 달콤매콤 110g", "Cup Tteokbokki Sweet & Spicy 110 g", 2500),
    ("food", ["880 1936 00207"], "크림 수프 컵 20g", "Cream Soup Cup 20 g", 1500),

    # drinks -- companies 8801105 / 8808024 (+ one Thai import)
    ("drinks", ["880 1105 00101"], "생수 500ml", "Still Water 500 ml", 1000),
    ("drinks", ["880 1105 00102"], "생수 2L", "Still Water 2 L", 1800),
    ("drinks", ["880 1105 00103"], "생수 500ml 6입", "Still Water, 6 x 500 ml", 4800),
    ("drinks", ["880 1105 00104"], "탄산수 레몬 500ml", "Sparkling Water Lemon 500 ml", 1500),
    ("drinks", ["880 1105 00105"], "탄산수 플레인 500ml", "Sparkling Water Plain 500 ml", 1500),
    ("drinks", ["880 1105 00106"], "콜라 355ml", "Cola Can 355 ml", 1900),
    ("drinks", ["880 1105 00107"], "제로 콜라 355ml", "Zero Sugar Cola Can 355 ml", 1900),
    ("drinks", ["880 1105 00108"], "사이다 355ml", "Lemon-Lime Soda Can 355 ml", 1800),
    ("drinks", ["880 1105 00109"], "오렌지 주스 100% 1L", "100% Orange Juice 1 L", 4900),
    ("drinks", ["880 1105 00110"], "사과 주스 200ml", "Apple Juice 200 ml", 1300),
    ("drinks", ["880 1105 00111"], "이온음료 620ml", "Sports Drink 620 ml", 2000),
    ("drinks", ["880 1105 00112"], "에너지 드링크 250ml", "Energy Drink 250 ml", 2500),
    ("drinks", ["880 1105 00113"], "비타민 음료 100ml", "Vitamin Drink 100 ml", 1200),
    ("drinks", ["880 1105 00114"], "무알콜 맥주 355ml", "Non-Alcoholic Beer 355 ml", 2500),
    ("drinks", ["880 8024 00101"], "바나나맛 우유 240ml", "Banana Flavoured Milk 240 ml", 1700),
    ("drinks", ["880 8024 00102"], "초코 우유 200ml", "Chocolate Milk 200 ml", 1400),
    ("drinks", ["880 8024 00103"], "딸기 요거트 드링크 150ml", "Strawberry Drinking Yogurt 150 ml", 1500),
    ("drinks", ["880 8024 00104"], "검은콩 두유 190ml", "Black Bean Soy Milk 190 ml", 1000),
    ("drinks", ["880 8024 00105"], "아메리카노 캔 275ml", "Canned Americano 275 ml", 2000),
    ("drinks", ["880 8024 00106"], "카페라떼 컵 250ml", "Cafe Latte Cup 250 ml", 2500),
    ("drinks", ["880 8024 00107"], "콜드브루 블랙 500ml", "Cold Brew Black 500 ml", 3500),
    ("drinks", ["880 8024 00108"], "녹차 500ml", "Green Tea 500 ml", 1800),
    ("drinks", ["880 8024 00109"], "보리차 500ml", "Barley Tea 500 ml", 1600),
    ("drinks", ["880 8024 00110"], "옥수수수염차 500ml", "Corn Silk Tea 500 ml", 1800),
    ("drinks", ["880 8024 00111"], "전통 식혜 238ml", "Sikhye Rice Punch 238 ml", 1200),
    ("drinks", ["880 8024 00112"], "콤부차 피치 350ml", "Peach Kombucha 350 ml", 3300),
    ("drinks", ["885 0123 00456"], "코코넛 워터 330ml (태국)", "Coconut Water 330 ml (Thailand)", 2900),

    # fresh -- unprocessed, VAT-exempt.  Weighed items carry their zero-value
    # variable-measure code (25/26 IIIII 00000); price is per kg.
    ("fresh", ["25 00001 00000"], "바나나", "Bananas", 4900, "kg"),
    ("fresh", ["25 00002 00000"], "방울토마토", "Cherry Tomatoes", 12900, "kg"),
    ("fresh", ["25 00003 00000"], "감자", "Potatoes", 5900, "kg"),
    ("fresh", ["25 00004 00000"], "제주 감귤", "Jeju Mandarins", 7900, "kg"),
    ("fresh", ["26 00005 00000"], "무염 생견과 믹스", "Unsalted Raw Mixed Nuts", 29000, "kg"),
    ("fresh", ["880 9700 00101"], "특란 10구", "Eggs Large, 10-Pack", 4900),
    ("fresh", ["880 9700 00102"], "부사 사과 1입", "Fuji Apple, Single", 2500),
    ("fresh", ["880 9700 00103"], "샐러드 채소 믹스 150g", "Salad Leaf Mix 150 g", 3900),
    ("fresh", ["880 9700 00104"], "아보카도 1입", "Avocado, Single", 2500),

    # deli -- prepared food, VAT10.  The first two are price-embedded
    # (20 IIIII VVVVV C, VVVVV = price in won); the price column is the usual price.
    ("deli", ["20 00101 00000"], "오늘의 즉석 도시락", "Today's Lunch Box", 4500),
    ("deli", ["20 00102 00000"], "베이커리 모둠 팩", "Assorted Bakery Pack", 6900),
    ("deli", ["880 9700 00201"], "삼각김밥 참치마요", "Triangle Kimbap Tuna Mayo", 1300),
    ("deli", ["880 9700 00202"], "삼각김밥 전주비빔", "Triangle Kimbap Bibimbap", 1300),
    ("deli", ["880 9700 00203"], "햄치즈 샌드위치", "Ham & Cheese Sandwich", 3500),
    ("deli", ["880 9700 00204"], "닭가슴살 샐러드", "Chicken Breast Salad", 5900),
]


# --------------------------------------------------------------------- US (USD)

US_SIZE_DIGIT = {"S": "1", "M": "2", "L": "3", "7": "1", "8": "2", "9": "3", "10": "4"}

# US apparel uses the brand's GS1 US prefix 850031 (UPC-A):
# base = 850031 + model(3) + colour digit + size digit = 11 digits
US_APPAREL = [
    ("tops", "850031", "101", "오버핏 코튼 티셔츠", "Oversized Cotton T-Shirt", "24.90",
     [("화이트", "White"), ("블랙", "Black")], SML),
    ("tops", "850031", "106", "루즈핏 후드 티셔츠", "Relaxed-Fit Hoodie", "49.90",
     [("멜란지 그레이", "Melange Grey")], SML),
    ("bottoms", "850031", "201", "와이드 데님 팬츠", "Wide-Leg Jeans", "59.90",
     [("인디고", "Indigo")], SML),
    ("bottoms", "850031", "204", "밴딩 조거 팬츠", "Elastic-Waist Joggers", "39.90",
     [("블랙", "Black")], SML),
    ("outerwear", "850031", "301", "라이트 패딩 점퍼", "Lightweight Puffer Jacket", "89.90",
     [("블랙", "Black")], SML),
    ("shoes", "850031", "401", "캔버스 로우 스니커즈", "Canvas Low-Top Sneakers", "54.90",
     [("화이트", "White")], ["8", "9", "10"]),
]
US_SHOE_PREFIX = "US "   # shoe sizes are shown as "US 9"

# (category, [barcode bases], name_ko, name_en, price[, unit])
# Tax class: GROCERY for food categories, STD otherwise.
US_ITEMS = [
    ("bags", ["850031 50101"], '캔버스 토트백 "데일리" 아이보리', 'Canvas Tote Bag "Daily" Ivory', "29.90"),
    ("bags", ["850031 50201"], "나일론 백팩 블랙", "Nylon Backpack Black", "69.90"),
    ("bags", ["850031 50301"], "미니 크로스백 블랙", "Mini Crossbody Bag Black", "39.90"),

    ("accessories", ["850031 60101"], "발목 양말 3족 세트 화이트", "Ankle Socks, 3-Pack White", "12.90"),
    ("accessories", ["850031 60301"], "코튼 볼캡 블랙", "Cotton Baseball Cap Black", "24.90"),
    ("accessories", ["850031 60501"], "골지 비니 그레이", "Ribbed Beanie Grey", "19.90"),
    ("accessories", ["850031 60701"], "소가죽 벨트 블랙", "Leather Belt Black", "34.90"),
    ("accessories", ["850031 60901"], "곱창 밴드 3개입", "Scrunchies, 3-Pack", "6.90"),

    # K-beauty imports keep their Korean EAN-13
    ("beauty", ["880 9583 00106"], "수분 시트 마스크 10매", "Hydrating Sheet Mask, 10 Sheets", "19.99"),
    ("beauty", ["880 9583 00105"], "데일리 선크림 SPF50+ PA++++ 50ml", "Daily Sunscreen SPF50+ PA++++ 50 ml", "24.00"),
    ("beauty", ["880 9583 00102"], "약산성 클렌징 폼 150ml", "Low-pH Cleansing Foam 150 ml", "14.00"),
    ("beauty", ["880 9583 00108"], "워터 립 틴트 로즈", "Water Lip Tint Rose", "14.00"),
    ("beauty", ["0 84312 20011"], "핸드크림 라벤더 1.7oz", "Hand Cream Lavender 1.7 oz", "9.99"),

    ("home", ["850031 70101"], "소이 캔들 우드 세이지 7oz", "Soy Candle Wood Sage 7 oz", "24.99"),
    ("home", ["850031 70102"], "세라믹 머그컵 화이트 12oz", "Ceramic Mug White 12 oz", "12.99"),
    ("home", ["850031 70103"], "스테인리스 텀블러 16oz", "Stainless Steel Tumbler 16 oz", "27.99"),
    ("home", ["850031 70104"], "순면 바스타월 3매 세트", "Bath Towels, Set of 3", "29.99"),
    ("home", ["0 84312 20021"], "알카라인 건전지 AA 4입", "Alkaline Batteries AA, 4-Pack", "5.49"),

    ("snacks", ["0 84312 30011"], "감자칩 오리지널 2.5oz", "Potato Chips Original 2.5 oz", "2.49"),
    ("snacks", ["880 1936 00107"], "도시락김 5g 3봉", "Seasoned Seaweed Snack, 3 x 5 g", "3.99"),
    # Korean import: original EAN-13 plus the US importer's UPC-A sticker
    ("snacks", ["880 1273 00106", "810102 00106"], "초코파이 12개입", "Choco Pie, 12-Pack", "6.99"),
    ("snacks", ["880 1936 00103"], "허니버터 아몬드 30g", "Honey Butter Almonds 30 g", "4.99"),
    ("snacks", ["0 84312 30012"], "곰 젤리 5oz", "Gummy Bears 5 oz", "2.99"),
    ("snacks", ["0 84312 30013"], "오트 그래놀라바 1.2oz", "Oat Granola Bar 1.2 oz", "1.49"),
    ("snacks", ["0 84312 30014"], "소금 프레첼 8oz", "Salted Pretzels 8 oz", "3.49"),

    ("food", ["880 1273 00203"], "얼큰 라면 5입", "Spicy Ramyeon, 5-Pack", "7.99"),
    ("food", ["880 1273 00201"], "얼큰 컵라면 65g", "Spicy Cup Ramyeon 65 g", "1.99"),
    ("food", ["880 1936 00201"], "즉석밥 210g", "Instant Cooked Rice 210 g", "2.49"),
    ("food", ["0 84312 40011"], "살코기 참치캔 5oz", "Chunk Light Tuna 5 oz", "2.29"),

    ("drinks", ["0 84312 50011"], "생수 16.9oz", "Spring Water 16.9 fl oz", "1.29"),
    ("drinks", ["0 84312 50012"], "탄산수 레몬 16.9oz", "Sparkling Water Lemon 16.9 fl oz", "1.79"),
    ("drinks", ["0 84312 50013"], "콜라 12oz 캔", "Cola Can 12 fl oz", "1.99"),
    ("drinks", ["0 84312 50014"], "콜드브루 블랙 16oz", "Cold Brew Black 16 fl oz", "3.99"),
    ("drinks", ["880 8024 00101"], "바나나맛 우유 240ml", "Banana Flavoured Milk 240 ml", "2.49"),
    ("drinks", ["880 8024 00109"], "보리차 500ml", "Barley Tea 500 ml", "2.29"),
    ("drinks", ["0 84312 50015"], "에너지 드링크 8.4oz", "Energy Drink 8.4 fl oz", "2.99"),
    ("drinks", ["880 8024 00112"], "콤부차 피치 350ml", "Peach Kombucha 350 ml", "3.99"),

    # weighed: zero-value variable-measure code, price per kg
    ("fresh", ["25 00001 00000"], "바나나", "Bananas", "1.49", "kg"),
    ("fresh", ["25 00006 00000"], "갈라 사과", "Gala Apples", "4.39", "kg"),
    ("fresh", ["0 84312 60011"], "대란 12구", "Eggs Large, 12-Pack", "4.99"),
]
US_GROCERY = {"snacks", "food", "drinks", "fresh", "deli"}


# ------------------------------------------------------------------- building

def build(apparel, items, size_digit, tax_of, country, shoe_size_label=""):
    rows = []  # (category, barcodes, name_ko, name_en, price, unit)
    for cat, company, model, ko, en, price, colours, sizes in apparel:
        for ci, (c_ko, c_en) in enumerate(colours, start=1):
            for size in sizes:
                base = company + model + str(ci) + size_digit[size]
                label = (shoe_size_label + size) if cat == "shoes" else size
                rows.append((cat, [gtin(base)], f"{ko} {c_ko} {label}",
                             f"{en} {c_en} {label}", price, "each"))
    for item in items:
        cat, bases, ko, en, price = item[:5]
        unit = item[5] if len(item) > 5 else "each"
        rows.append((cat, [gtin(b) for b in bases], ko, en, price, unit))

    rows.sort(key=lambda r: CATEGORY_ORDER.index(r[0]))  # stable: table order within category
    counters = {}
    out = []
    for cat, codes, ko, en, price, unit in rows:
        counters[cat] = counters.get(cat, 0) + 1
        sku = f"{country}-{SKU_CODE[cat]}-{counters[cat]:04d}"
        price_s = f"{price:d}" if isinstance(price, int) else price
        out.append([sku, "|".join(codes), ko, en, cat, price_s, tax_of(cat), unit])
    return out


def to_csv(rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def verify(text: str, currency: str) -> int:
    """Second, independent pass over the generated CSV text."""
    assert "\r" not in text and text.endswith("\n")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert records[0] == HEADER, records[0]
    skus, codes = set(), set()
    for rec in records[1:]:
        assert len(rec) == 8, rec
        sku, barcodes, ko, en, cat, price, tax, unit = rec
        assert sku not in skus, f"duplicate SKU {sku}"
        skus.add(sku)
        assert cat in SKU_CODE and sku.split("-")[1] == SKU_CODE[cat], rec
        assert ko.strip() and en.strip(), rec
        assert unit in ("each", "kg"), rec
        if currency == "KRW":
            assert price.isdigit() and int(price) > 0, rec
            assert tax == ("EXEMPT" if cat == "fresh" else "VAT10"), rec
        else:
            whole, _, cents = price.partition(".")
            assert whole.isdigit() and len(cents) == 2 and cents.isdigit(), rec
            assert tax == ("GROCERY" if cat in US_GROCERY else "STD"), rec
        for code in barcodes.split("|"):
            assert gtin_valid(code), f"bad check digit / length: {code} in {sku}"
            key = gtin14(code)
            assert key not in codes, f"duplicate barcode {code} in {sku}"
            codes.add(key)
            if is_variable_measure(code):
                assert code[7:12] == "00000", f"variable-measure code must be zero-value: {code}"
                if unit == "kg":
                    assert code[:2] in ("25", "26", "27", "28", "29"), rec
                else:
                    assert code[:2] in ("20", "21", "22", "23", "24"), rec
            else:
                assert unit == "each", f"weighed item needs a variable-measure code: {rec}"
                # GS1 restricted-circulation ranges must not be used for trade items
                assert not (len(code) == 13 and code[0] == "2"), code
                assert not (len(code) == 12 and code[0] in "245"), code
    return len(records) - 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seoul = build(KR_APPAREL, KR_ITEMS, KR_SIZE_DIGIT,
                  lambda c: "EXEMPT" if c == "fresh" else "VAT10", "KR")
    us = build(US_APPAREL, US_ITEMS, US_SIZE_DIGIT,
               lambda c: "GROCERY" if c in US_GROCERY else "STD", "US", US_SHOE_PREFIX)
    outputs = {"seoul-catalog.csv": (to_csv(seoul), "KRW"),
               "us-catalog.csv": (to_csv(us), "USD")}

    check_only = "--check" in sys.argv[1:]
    stale = False
    for name, (text, currency) in outputs.items():
        n = verify(text, currency)
        path = os.path.join(here, name)
        if check_only:
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    current = f.read()
            except FileNotFoundError:
                current = None
            if current != text:
                print(f"{name}: out of date (re-run without --check)")
                stale = True
            else:
                print(f"{name}: up to date, {n} products")
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            print(f"wrote {name}: {n} products")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
