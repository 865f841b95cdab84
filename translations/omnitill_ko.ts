<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Barcode</name>
    <message>
        <source>Barcode &quot;%1&quot; contains &quot;%2&quot;, which is not a digit</source>
        <translation>바코드 &quot;%1&quot;에 숫자가 아닌 문자가 있어요: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The barcode is empty</source>
        <translation>바코드가 비어 있어요</translation>
    </message>
    <message>
        <source>Barcode %1 has the wrong length (%2); a GTIN has 8, 12, 13 or 14 digits</source>
        <translation>바코드 %1의 자릿수(%2)가 올바르지 않아요. GTIN은 8, 12, 13, 14자리 중 하나여야 해요</translation>
    </message>
    <message>
        <source>Check digit of %1 should be %2, not %3</source>
        <translation>바코드 %1의 체크 숫자가 올바르지 않아요: %3 대신 %2이어야 해요</translation>
    </message>
    <message>
        <source>UPC-E %1 has the wrong length (%2); UPC-E has 8 digits</source>
        <translation>UPC-E %1의 자릿수(%2)가 올바르지 않아요. UPC-E는 8자리예요</translation>
    </message>
    <message>
        <source>UPC-E %1 starts with %2; only number systems 0 and 1 exist</source>
        <translation>UPC-E %1의 첫 자리(%2)가 올바르지 않아요. 넘버 시스템은 0과 1만 있어요</translation>
    </message>
    <message>
        <source>Check digit of UPC-E %1 should be %2, not %3</source>
        <translation>UPC-E %1의 체크 숫자가 올바르지 않아요: %3 대신 %2이어야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: prefixes %2-%3 are not a range within 20-29</source>
        <translation>인스토어 바코드 규칙 %1: 접두어 범위(%2-%3)는 20-29 안에 있어야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the item code (start %2, length %3) must lie within positions 1-11</source>
        <translation>인스토어 바코드 규칙 %1: 상품 코드(시작 %2, 길이 %3)는 1-11번째 자리 안에 있어야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the value (start %2, length %3) must lie within positions 2-11</source>
        <translation>인스토어 바코드 규칙 %1: 가격·중량 값(시작 %2, 길이 %3)은 2-11번째 자리 안에 있어야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the item code and the value overlap</source>
        <translation>인스토어 바코드 규칙 %1: 상품 코드와 가격·중량 값의 자리가 겹쳐요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the price check digit at %2 must be a position of its own within 2-11</source>
        <translation>인스토어 바코드 규칙 %1: 가격 체크 숫자 자리(%2)는 2-11번째 자리 중 다른 항목과 겹치지 않는 자리여야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: a price check digit needs a value of 4 or 5 digits, not %2</source>
        <translation>인스토어 바코드 규칙 %1: 가격 체크 숫자를 쓰려면 값이 4자리 또는 5자리여야 해요(현재 %2자리)</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: &quot;%2&quot; must be a whole number from 0 to 99</source>
        <translation>인스토어 바코드 규칙 %1: &quot;%2&quot; 값은 0에서 99 사이의 정수여야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1 is not a JSON object</source>
        <translation>인스토어 바코드 규칙 %1: JSON 객체가 아니에요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: &quot;kind&quot; must be &quot;price&quot; or &quot;weight&quot;</source>
        <translation>인스토어 바코드 규칙 %1: &quot;kind&quot;는 &quot;price&quot; 또는 &quot;weight&quot;여야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rules %1 and %2 both cover prefix %3</source>
        <translation>접두어 %3에 인스토어 바코드 규칙이 두 개(%1, %2) 겹쳐 있어요</translation>
    </message>
    <message>
        <source>The variable-measure layout is not valid JSON: %1 at character %2</source>
        <translation>인스토어 바코드 설정이 올바른 JSON이 아니에요: %1 (%2번째 문자)</translation>
    </message>
    <message>
        <source>The variable-measure layout must be a JSON object</source>
        <translation>인스토어 바코드 설정은 JSON 객체여야 해요</translation>
    </message>
    <message>
        <source>The variable-measure layout has version %1; this version of Omnitill reads version %2</source>
        <translation>인스토어 바코드 설정의 버전(%1)을 읽을 수 없어요. 이 버전의 Omnitill은 버전 %2만 읽을 수 있어요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The variable-measure layout has no &quot;rules&quot; list</source>
        <translation>인스토어 바코드 설정에 &quot;rules&quot; 목록이 없어요</translation>
    </message>
    <message>
        <source>Barcode %1 is not an in-store price or weight code (an EAN-13 starting with 20-29)</source>
        <translation>바코드 %1: 인스토어 가격·중량 바코드(20-29로 시작하는 EAN-13)가 아니에요</translation>
    </message>
    <message>
        <source>Barcode %1 starts with %2, for which the store has no price or weight rule</source>
        <translation>바코드 %1의 앞자리 %2에 해당하는 가격·중량 규칙이 매장에 없어요</translation>
    </message>
    <message>
        <source>Price check digit of %1 should be %2, not %3</source>
        <translation>바코드 %1의 가격 체크 숫자가 올바르지 않아요: %3 대신 %2이어야 해요</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>No items yet: scan the first one</source>
        <translation>아직 상품이 없어요. 첫 상품을 스캔해 주세요</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>할인 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 삭제</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Void sale (F8)</source>
        <translation>판매 취소 (F8)</translation>
    </message>
    <message>
        <source>Park (F4)</source>
        <translation>보류 (F4)</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>보류 (%1)</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
</context>
<context>
    <name>CatalogCsvImporter</name>
    <message>
        <source>a quoted field starts on this line and never ends</source>
        <translation>이 줄에서 시작한 따옴표 필드가 끝나지 않아요</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote</source>
        <translation>%1번째 필드의 닫는 따옴표 뒤에 글자가 있어요</translation>
    </message>
    <message>
        <source>field %1 contains a quote but is not quoted; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>%1번째 필드에 따옴표가 있는데 필드가 따옴표로 감싸져 있지 않아요. 필드 전체를 따옴표로 감싸고, 안의 따옴표는 두 번(&quot;&quot;) 써 주세요</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없어요: %2</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be &quot;%1&quot;</source>
        <translation>파일이 비어 있어요. 첫 줄은 &quot;%1&quot;이어야 해요</translation>
    </message>
    <message>
        <source>the first line must be exactly &quot;%1&quot;</source>
        <translation>첫 줄은 정확히 &quot;%1&quot;이어야 해요</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>필드가 %2개가 아니라 %1개예요</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>이 줄은 UTF-8 텍스트가 아니에요</translation>
    </message>
    <message>
        <source>the SKU is empty</source>
        <translation>SKU가 비어 있어요</translation>
    </message>
    <message>
        <source>an empty barcode between two &apos;|&apos;</source>
        <translation>&apos;|&apos; 사이에 빈 바코드가 있어요</translation>
    </message>
    <message>
        <source>barcode %1 is listed twice</source>
        <translation>같은 바코드(%1)가 두 번 있어요</translation>
    </message>
    <message>
        <source>barcode %1 is also on line %2</source>
        <translation>같은 바코드(%1)가 %2번째 줄에도 있어요</translation>
    </message>
    <message>
        <source>both names are empty; give name_ko, name_en or both</source>
        <translation>상품명이 모두 비어 있어요. name_ko와 name_en 중 하나 이상을 입력해 주세요</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>가격: %1</translation>
    </message>
    <message>
        <source>price: &quot;%1&quot; is negative</source>
        <translation>가격이 음수예요: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tax class &quot;%1&quot; does not exist</source>
        <translation>없는 과세 유형이에요: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is neither each nor kg</source>
        <translation>단위는 each 또는 kg만 쓸 수 있어요: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; is also on line %2</source>
        <translation>같은 SKU(&quot;%1&quot;)가 %2번째 줄에도 있어요</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The catalog could not be saved: %1</source>
        <translation>상품 목록을 저장하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown currency code &quot;%1&quot;</source>
        <translation>알 수 없는 통화 코드예요: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>고객 화면</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>어서 오세요</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>감사합니다!</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a SQLite database, so Omnitill cannot use it. It was left unchanged.</source>
        <translation>&quot;%1&quot; 파일은 SQLite 데이터베이스가 아니라서 Omnitill에서 쓸 수 없어요. 파일은 변경하지 않았어요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>&quot;%1&quot; 파일이 손상됐어요(%2). 파일은 변경하지 않았어요. 백업에서 복원해 주세요.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 파일을 읽을 수 없어요: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt SQLite 드라이버(QSQLITE)가 설치되어 있지 않아요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file</source>
        <translation>&quot;%1&quot; 경로는 데이터베이스 파일이 아니라 폴더예요</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 파일을 열 수 없어요: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot use a write-ahead log (journal mode %2)</source>
        <translation>&quot;%1&quot; 파일에서 WAL(미리 쓰기 로그)을 쓸 수 없어요(저널 모드: %2)</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys</source>
        <translation>이 SQLite 라이브러리는 외래 키 제약 조건을 지원하지 않아요</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>데이터베이스가 &quot;%1&quot; 명령을 거부했어요: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not an Omnitill store. It was left unchanged.</source>
        <translation>&quot;%1&quot;은(는) 다른 프로그램의 SQLite 데이터베이스예요. Omnitill 매장 파일이 아니어서 손대지 않았어요.</translation>
    </message>
</context>
<context>
    <name>DemoStores</name>
    <message>
        <source>The demo catalog could not be imported: %1</source>
        <translation>데모 상품 목록을 가져오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ItemLookup</name>
    <message>
        <source>Nothing was scanned</source>
        <translation>스캔된 내용이 없어요</translation>
    </message>
    <message>
        <source>The code contains control characters and was ignored</source>
        <translation>코드에 제어 문자가 있어서 무시했어요</translation>
    </message>
    <message>
        <source>%1 is not a barcode: it has %2 digits</source>
        <translation>바코드 자릿수가 맞지 않아요: %1 (%2자리)</translation>
    </message>
    <message>
        <source>No product with code %1</source>
        <translation>코드 %1에 해당하는 상품이 없어요</translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and scan the scale label</source>
        <translation>%1: 중량 판매 상품이에요. 저울에 달고 저울 라벨을 스캔해 주세요</translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation>바코드 %1에 해당하는 상품이 없어요</translation>
    </message>
    <message>
        <source>No product for scale label %1 (item %2)</source>
        <translation>저울 라벨 %1(상품 코드 %2)에 해당하는 상품이 없어요</translation>
    </message>
    <message>
        <source>The label of %1 carries a weight, but it is not sold by weight</source>
        <translation>%1: 라벨에 중량이 있지만 중량 판매 상품이 아니에요</translation>
    </message>
    <message>
        <source>The scale label shows no weight</source>
        <translation>저울 라벨에 중량이 없어요</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnitill — %1</source>
        <translation>Omnitill — %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>%1 금액과 %2 금액은 함께 계산할 수 없어요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>올바른 %2 금액이 아니에요: &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 금액은 소수점 이하 최대 %n자리까지 쓸 수 있어요</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large to be handled</source>
        <translation>금액이 너무 커서 처리할 수 없어요</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>%1 금액에는 소수점이 없어요</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>OpenSaleStore</name>
    <message>
        <source>The sale could not be saved: %1</source>
        <translation>거래를 저장하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>No parked sales</source>
        <translation>보류된 거래가 없어요</translation>
    </message>
    <message>
        <source>%1 · parked at %2</source>
        <translation>%1 · %2 보류</translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <source>Cash due: %1</source>
        <translation>받을 금액: %1</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>받은 금액</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>거스름돈: %1</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>다음 손님</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search: name, initials (ㅅㄹㅇ) or SKU</source>
        <translation>검색: 상품명, 초성(ㅅㄹㅇ), SKU</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>No products found</source>
        <translation>찾는 상품이 없어요</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>Sale in progress</source>
        <translation>진행 중인 거래</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation>%1 kg x %2/kg</translation>
    </message>
    <message>
        <source>Price changed: %1</source>
        <translation>가격 변경: %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>장바구니 할인</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>현금 반올림</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <source>* Tax exempt</source>
        <translation>* 면세</translation>
    </message>
    <message>
        <source>%1 taxable</source>
        <translation>%1 과세 금액</translation>
    </message>
    <message>
        <source>*** VOIDED ***</source>
        <translation>*** 취소된 거래 ***</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>수량은 0보다 커야 해요</translation>
    </message>
    <message>
        <source>This item is sold by the piece: the quantity must be whole</source>
        <translation>개수로 판매하는 상품이에요. 수량은 정수로 입력해 주세요</translation>
    </message>
    <message>
        <source>A discount cannot be negative</source>
        <translation>할인은 음수일 수 없어요</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to</source>
        <translation>할인이 적용 대상 금액보다 커요</translation>
    </message>
    <message>
        <source>The sale has not been opened</source>
        <translation>거래가 시작되지 않았어요</translation>
    </message>
    <message>
        <source>The sale is already open</source>
        <translation>이미 진행 중인 거래예요</translation>
    </message>
    <message>
        <source>The sale is already completed</source>
        <translation>이미 완료된 거래예요</translation>
    </message>
    <message>
        <source>The sale was voided</source>
        <translation>취소된 거래예요</translation>
    </message>
    <message>
        <source>The sale is parked: resume it first</source>
        <translation>보류된 거래예요. 먼저 보류를 해제해 주세요</translation>
    </message>
    <message>
        <source>Payment has started: void the sale to change its items</source>
        <translation>결제가 시작됐어요. 상품을 바꾸려면 거래를 취소해 주세요</translation>
    </message>
    <message>
        <source>There is no such line in the sale</source>
        <translation>거래에 해당 품목이 없어요</translation>
    </message>
    <message>
        <source>A sale needs an id</source>
        <translation>거래에 ID가 필요해요</translation>
    </message>
    <message>
        <source>Lines must be numbered in order</source>
        <translation>품목 번호는 순서대로 매겨야 해요</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>가격은 음수일 수 없어요</translation>
    </message>
    <message>
        <source>The item has a tax class this store does not know</source>
        <translation>이 매장에 없는 과세 유형의 상품이에요</translation>
    </message>
    <message>
        <source>A price override needs a reason</source>
        <translation>가격을 변경하려면 사유를 입력해 주세요</translation>
    </message>
    <message>
        <source>There is nothing to discount</source>
        <translation>할인할 항목이 없어요</translation>
    </message>
    <message>
        <source>There is nothing to pay for</source>
        <translation>결제할 금액이 없어요</translation>
    </message>
    <message>
        <source>Payments must be numbered in order</source>
        <translation>결제 번호는 순서대로 매겨야 해요</translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation>결제 금액은 0보다 커야 해요</translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation>이미 결제가 끝난 거래예요</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due</source>
        <translation>받을 금액보다 많이 받을 수 있는 건 현금뿐이에요</translation>
    </message>
    <message>
        <source>The sale has no items</source>
        <translation>거래에 상품이 없어요</translation>
    </message>
    <message>
        <source>The sale is not paid in full</source>
        <translation>아직 결제가 다 되지 않았어요</translation>
    </message>
    <message>
        <source>A sale with payments cannot be parked</source>
        <translation>결제가 진행된 거래는 보류할 수 없어요</translation>
    </message>
    <message>
        <source>There is nothing to park</source>
        <translation>보류할 거래가 없어요</translation>
    </message>
    <message>
        <source>Unknown sale event &quot;%1&quot;</source>
        <translation>알 수 없는 거래 이벤트예요: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%</source>
        <translation>할인은 100%를 넘을 수 없어요</translation>
    </message>
</context>
<context>
    <name>SaleJournal</name>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>거래 기록(저널)을 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The journal could not be read</source>
        <translation>거래 기록(저널)을 읽지 못했어요</translation>
    </message>
    <message>
        <source>Receipt %1 is missing</source>
        <translation>영수증 %1 기록이 없어요</translation>
    </message>
    <message>
        <source>Receipt %1 does not follow receipt %2</source>
        <translation>영수증 %1 기록이 영수증 %2 기록 다음에 이어지지 않아요</translation>
    </message>
    <message>
        <source>Receipt %1 was altered</source>
        <translation>영수증 %1 기록이 변조됐어요</translation>
    </message>
    <message>
        <source>Receipt %1 carries another number</source>
        <translation>영수증 %1 기록에 다른 번호가 적혀 있어요</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>바코드 스캔 또는 입력 후 Enter</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>This database was made by a newer Omnitill (schema %1, this version knows %2). It was left unchanged; update Omnitill to use it.</source>
        <translation>더 새로운 버전의 Omnitill에서 만든 데이터베이스예요(스키마 %1, 이 버전은 스키마 %2까지 지원). 데이터베이스는 변경하지 않았어요. 사용하려면 Omnitill을 업데이트해 주세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not Omnitill&apos;s; Omnitill will not add its tables to it.</source>
        <translation>&quot;%1&quot; 파일은 Omnitill이 아닌 다른 프로그램의 SQLite 데이터베이스예요. Omnitill 테이블을 추가하지 않아요.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2. The database was left at schema %3.</source>
        <translation>데이터베이스 마이그레이션 %1에 실패했어요: %2. 데이터베이스는 스키마 %3 상태 그대로예요.</translation>
    </message>
    <message>
        <source>Upgraded the database from schema %1 to %2.</source>
        <translation>데이터베이스를 업그레이드했어요(스키마 %1 → %2).</translation>
    </message>
    <message>
        <source>The migrations built into this Omnitill are incomplete: expected number %1, found &quot;%2&quot;.</source>
        <translation>이 Omnitill에 포함된 데이터베이스 마이그레이션이 불완전해요(예상: %1번, 실제: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>No database migrations are built into this Omnitill.</source>
        <translation>이 Omnitill에는 데이터베이스 마이그레이션이 포함되어 있지 않아요.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Omnitill cannot start</source>
        <translation>Omnitill을 시작할 수 없어요</translation>
    </message>
    <message>
        <source>The till cannot start</source>
        <translation>포스를 시작할 수 없어요</translation>
    </message>
    <message>
        <source>Nothing was changed or lost. Call the store manager or support and read them this message.</source>
        <translation>변경되거나 사라진 데이터는 없어요. 점장이나 고객지원에 연락해 이 메시지를 읽어 주세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>The setting %1 could not be saved: %2</source>
        <translation>설정(%1)을 저장하지 못했어요: %2</translation>
    </message>
    <message>
        <source>The store has no valid currency set: %1</source>
        <translation>매장에 올바른 통화가 설정되어 있지 않아요: %1</translation>
    </message>
</context>
<context>
    <name>SyntheticCatalog</name>
    <message>
        <source>Cannot write the catalog: %1</source>
        <translation>상품 목록 파일을 저장할 수 없어요: %1</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Unknown tax class &quot;%1&quot;</source>
        <translation>알 수 없는 과세 유형이에요: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>데이터베이스 트랜잭션을 시작할 수 없어요: %1</translation>
    </message>
    <message>
        <source>The transaction has already ended</source>
        <translation>데이터베이스 트랜잭션이 이미 끝났어요</translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation>데이터베이스에 저장할 수 없어요: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::CartModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Price changed: %1</source>
        <translation>가격 변경: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::CashierViewModel</name>
    <message>
        <source>VAT included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Receipt %1 completed. Change: %2</source>
        <translation>영수증 %1 결제 완료. 거스름돈: %2</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>남은 금액: %1</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>품목을 삭제했어요</translation>
    </message>
    <message>
        <source>Voided by cashier</source>
        <translation>계산원이 취소함</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>판매를 취소했어요</translation>
    </message>
    <message>
        <source>That product is no longer listed</source>
        <translation>이 상품은 더 이상 목록에 없어요</translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and scan the scale label</source>
        <translation>%1: 중량 판매 상품이에요. 저울에 달고 저울 라벨을 스캔해 주세요</translation>
    </message>
    <message>
        <source>Sale parked: resume it from the parked sales</source>
        <translation>거래를 보류했어요. 보류 목록에서 다시 불러올 수 있어요</translation>
    </message>
    <message>
        <source>Parked sale resumed</source>
        <translation>보류한 거래를 불러왔어요</translation>
    </message>
</context>
<context>
    <name>omnitill::CheckoutService</name>
    <message>
        <source>That parked sale is no longer there</source>
        <translation>그 보류 거래는 이제 없어요</translation>
    </message>
    <message>
        <source>Finish or park the sale on screen first</source>
        <translation>화면의 거래를 먼저 끝내거나 보류해 주세요</translation>
    </message>
</context>
<context>
    <name>omnitill::ParkedSalesModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnitill::ProductSearchModel</name>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Tops</source>
        <translation>상의</translation>
    </message>
    <message>
        <source>Bottoms</source>
        <translation>하의</translation>
    </message>
    <message>
        <source>Outerwear</source>
        <translation>아우터</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>신발</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>액세서리</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>뷰티</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>과자</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>식품</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>음료</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>신선</translation>
    </message>
    <message>
        <source>Deli</source>
        <translation>델리</translation>
    </message>
</context>
</TS>
