<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval: %1</source>
        <translation>매니저·점장 승인: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ApprovalLog</name>
    <message>
        <source>The approval could not be recorded: %1</source>
        <translation>승인 내역을 기록하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The approvals could not be read: %1</source>
        <translation>승인 내역을 읽지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>Someone else must approve this</source>
        <translation>본인은 승인할 수 없어요. 다른 직원이 승인해 주세요</translation>
    </message>
    <message>
        <source>%1 (%2) may not approve this: %3</source>
        <translation>%1 님(%2)에게는 승인 권한이 없어요: %3. 권한이 있는 직원이 승인해 주세요</translation>
    </message>
    <message>
        <source>The approval could not be recorded, so it is not granted: %1</source>
        <translation>승인 내역을 기록하지 못해서 승인되지 않았어요: %1</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>관리자 화면</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>영수증 기록</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>계산대로 돌아가기</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>근무</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>호출</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>Barcode "%1" contains "%2", which is not a digit</source>
        <translation>바코드 "%1"에 숫자가 아닌 문자가 있어요: "%2"</translation>
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
        <source>Variable-measure rule %1: "%2" must be a whole number from 0 to 99</source>
        <translation>인스토어 바코드 규칙 %1: "%2" 값은 0에서 99 사이의 정수여야 해요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1 is not a JSON object</source>
        <translation>인스토어 바코드 규칙 %1: JSON 객체가 아니에요</translation>
    </message>
    <message>
        <source>Variable-measure rule %1: "kind" must be "price" or "weight"</source>
        <translation>인스토어 바코드 규칙 %1: "kind"는 "price" 또는 "weight"여야 해요</translation>
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
        <source>The variable-measure layout has no "rules" list</source>
        <translation>인스토어 바코드 설정에 "rules" 목록이 없어요</translation>
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
    <name>BarcodeImage</name>
    <message>
        <source>The barcode "%1" cannot be drawn: %2</source>
        <translation>바코드("%1")를 그릴 수 없어요: %2</translation>
    </message>
</context>
<context>
    <name>CardTerminalSettings</name>
    <message>
        <source>The card terminal %1 names no protocol: set payment.protocol (for example nexo).</source>
        <translation>카드 단말기 %1에 프로토콜이 지정되지 않았습니다. payment.protocol을 설정하세요(예: nexo).</translation>
    </message>
    <message>
        <source>No plugin speaks the card terminal protocol "%1" (looked in %2): is it installed?</source>
        <translation>카드 단말기 프로토콜 "%1"을(를) 지원하는 플러그인이 없습니다(찾은 위치: %2). 설치되어 있습니까?</translation>
    </message>
    <message>
        <source>The card terminal plugin %1 cannot be loaded: %2</source>
        <translation>카드 단말기 플러그인 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CardTerminalStatus</name>
    <message>
        <source>Cancel at terminal</source>
        <translation>단말기에서 취소</translation>
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
    <message>
        <source>Delivered to the customer's home, not taken today</source>
        <translation>고객 집으로 배송, 오늘 가져가지 않음</translation>
    </message>
</context>
<context>
    <name>CashReceiptRequest</name>
    <message>
        <source>Income deduction</source>
        <translation>소득공제</translation>
    </message>
    <message>
        <source>Expense proof</source>
        <translation>지출증빙</translation>
    </message>
    <message>
        <source>Business number 000-00-00000</source>
        <translation>사업자번호 000-00-00000</translation>
    </message>
    <message>
        <source>Mobile 010-0000-0000 or card number</source>
        <translation>휴대폰 010-0000-0000 또는 카드 번호</translation>
    </message>
    <message>
        <source>Cash receipt</source>
        <translation>현금영수증</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Type the number the cash receipt is issued to</source>
        <translation>현금영수증을 발급할 번호를 입력하세요</translation>
    </message>
    <message>
        <source>"%1" is not a number: type digits only</source>
        <translation>"%1"은(는) 숫자가 아닙니다: 숫자만 입력하세요</translation>
    </message>
    <message>
        <source>A business registration number has 10 digits (xxx-xx-xxxxx)</source>
        <translation>사업자등록번호는 10자리입니다 (xxx-xx-xxxxx)</translation>
    </message>
    <message>
        <source>%1 is not a valid business registration number: check the digits</source>
        <translation>%1은(는) 올바른 사업자등록번호가 아닙니다: 번호를 확인하세요</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits (010-xxxx-xxxx); 011, 016, 017, 018 and 019 numbers 10 or 11</source>
        <translation>휴대폰 번호는 11자리입니다 (010-xxxx-xxxx). 011, 016, 017, 018, 019 번호는 10자리 또는 11자리입니다</translation>
    </message>
    <message>
        <source>Type a mobile number (010-xxxx-xxxx) or a cash receipt card number (13 to 19 digits)</source>
        <translation>휴대폰 번호(010-xxxx-xxxx) 또는 현금영수증 카드 번호(13~19자리)를 입력하세요</translation>
    </message>
    <message>
        <source>income deduction</source>
        <translation>소득공제</translation>
    </message>
    <message>
        <source>expense proof</source>
        <translation>지출증빙</translation>
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
        <translation>보류 %1</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>근무</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>사본 인쇄</translation>
    </message>
    <message>
        <source>Gift receipt</source>
        <translation>선물 영수증</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>전체 할인</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>관리자 화면</translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <source>The till keeps no catalog collection "%1"</source>
        <translation>계산대에는 "%1" 카탈로그 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 %2 from the central store: %3</source>
        <translation>중앙 서버의 %1 %2: %3</translation>
    </message>
    <message>
        <source>"%1" is not a unit the till sells by</source>
        <translation>"%1"은(는) 계산대의 판매 단위가 아닙니다</translation>
    </message>
    <message>
        <source>the price is not a whole amount</source>
        <translation>가격이 정수 금액이 아닙니다</translation>
    </message>
    <message>
        <source>"%1" is not a kind of promotion</source>
        <translation>"%1"은(는) 프로모션 종류가 아닙니다</translation>
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
        <source>field %1 contains a quote but is not quoted; quote the whole field and double the quote ("")</source>
        <translation>%1번째 필드에 따옴표가 있는데 필드가 따옴표로 감싸져 있지 않아요. 필드 전체를 따옴표로 감싸고, 안의 따옴표는 두 번("") 써 주세요</translation>
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
        <source>the file is empty; the first line must be "%1"</source>
        <translation>파일이 비어 있어요. 첫 줄은 "%1"이어야 해요</translation>
    </message>
    <message>
        <source>the first line must be exactly "%1"</source>
        <translation>첫 줄은 정확히 "%1"이어야 해요</translation>
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
        <source>an empty barcode between two '|'</source>
        <translation>'|' 사이에 빈 바코드가 있어요</translation>
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
        <source>price: "%1" is negative</source>
        <translation>가격이 음수예요: "%1"</translation>
    </message>
    <message>
        <source>tax class "%1" does not exist</source>
        <translation>없는 과세 유형이에요: "%1"</translation>
    </message>
    <message>
        <source>unit "%1" is neither each nor kg</source>
        <translation>단위는 each 또는 kg만 쓸 수 있어요: "%1"</translation>
    </message>
    <message>
        <source>SKU "%1" is also on line %2</source>
        <translation>같은 SKU("%1")가 %2번째 줄에도 있어요</translation>
    </message>
</context>
<context>
    <name>CatalogExportBar</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The whole catalog, in the format the import reads</source>
        <translation>전체 카탈로그를 가져오기와 같은 형식으로</translation>
    </message>
</context>
<context>
    <name>CatalogImportPanel</name>
    <message>
        <source>Import a catalog file (CSV)</source>
        <translation>상품 파일 가져오기 (CSV)</translation>
    </message>
    <message>
        <source>/media/usb/catalog.csv</source>
        <translation>/media/usb/catalog.csv</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation>SKU, 바코드 또는 상품명</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>바코드</translation>
    </message>
    <message>
        <source>Promotions in effect</source>
        <translation>진행 중인 행사</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름 (한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름 (영어)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>When</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>On what</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
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
    <name>CatalogSyncPanel</name>
    <message>
        <source>Sync catalog now</source>
        <translation>지금 카탈로그 동기화</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CouponList</name>
    <message>
        <source>Coupon %1 (%2): %3</source>
        <translation>쿠폰 %1 (%2): %3</translation>
    </message>
    <message>
        <source>Coupon %1 saves nothing now: %2</source>
        <translation>쿠폰 %1 지금은 할인 없음: %2</translation>
    </message>
    <message>
        <source>Remove coupon</source>
        <translation>쿠폰 빼기</translation>
    </message>
    <message>
        <source>Customer's coupon %1: %2</source>
        <translation>고객 쿠폰 %1: %2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>CouponRedemptions</name>
    <message>
        <source>The coupon redemption could not be saved: %1</source>
        <translation>쿠폰 사용 기록을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Staff number</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Or swipe your staff card</source>
        <translation>또는 직원 카드를 긁으세요</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The table has no column "%1"</source>
        <translation>표에 "%1" 열이 없습니다</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown currency code "%1"</source>
        <translation>알 수 없는 통화 코드예요: "%1"</translation>
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
        <source>Thank you!</source>
        <translation>감사합니다!</translation>
    </message>
</context>
<context>
    <name>CustomerStrip</name>
    <message>
        <source>Customer: loyalty or phone number, or scan the app code</source>
        <translation>고객: 멤버십 번호나 전화번호 입력, 또는 앱 코드 스캔</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>고객 찾기</translation>
    </message>
    <message>
        <source>Remove customer</source>
        <translation>고객 해제</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>From (2026-11-01)</source>
        <translation>시작일 (2026-11-01)</translation>
    </message>
    <message>
        <source>Until (2026-11-30)</source>
        <translation>종료일 (2026-11-30)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>결제 수단별</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 수</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>계산원별</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>많이 팔린 상품</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>사용 수</translation>
    </message>
    <message>
        <source>Reading the sales…</source>
        <translation>매출을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>"%1" is not a SQLite database, so Omnitill cannot use it. It was left unchanged.</source>
        <translation>"%1" 파일은 SQLite 데이터베이스가 아니라서 Omnitill에서 쓸 수 없어요. 파일은 변경하지 않았어요.</translation>
    </message>
    <message>
        <source>"%1" is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>"%1" 파일이 손상됐어요(%2). 파일은 변경하지 않았어요. 백업에서 복원해 주세요.</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>"%1" 파일을 읽을 수 없어요: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt SQLite 드라이버(QSQLITE)가 설치되어 있지 않아요</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a database file</source>
        <translation>"%1" 경로는 데이터베이스 파일이 아니라 폴더예요</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>"%1" 파일을 열 수 없어요: %2</translation>
    </message>
    <message>
        <source>"%1" cannot use a write-ahead log (journal mode %2)</source>
        <translation>"%1" 파일에서 WAL(미리 쓰기 로그)을 쓸 수 없어요(저널 모드: %2)</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys</source>
        <translation>이 SQLite 라이브러리는 외래 키 제약 조건을 지원하지 않아요</translation>
    </message>
    <message>
        <source>The database refused "%1": %2</source>
        <translation>데이터베이스가 "%1" 명령을 거부했어요: %2</translation>
    </message>
    <message>
        <source>"%1" is a SQLite database of another program, not an Omnitill store. It was left unchanged.</source>
        <translation>"%1"은(는) 다른 프로그램의 SQLite 데이터베이스예요. Omnitill 매장 파일이 아니어서 손대지 않았어요.</translation>
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
    <name>DeviceConfiguration</name>
    <message>
        <source>The device configuration %1 cannot be read: %2.</source>
        <translation>장치 설정 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The device configuration %1 is wrong: %2</source>
        <translation>장치 설정 %1이(가) 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>JSON이 아닙니다(%2번째 문자에서 %1).</translation>
    </message>
    <message>
        <source>"version" must be %1.</source>
        <translation>"version"은 %1이어야 합니다.</translation>
    </message>
    <message>
        <source>device %1 has no "%2".</source>
        <translation>장치 %1에 "%2"이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the id "%1" is used by two devices.</source>
        <translation>ID "%1"을(를) 두 장치가 함께 쓰고 있습니다.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>돈통 열기</translation>
    </message>
    <message>
        <source>Drawer test from the device page</source>
        <translation>장치 화면에서 돈통 테스트</translation>
    </message>
    <message>
        <source>Test the customer display</source>
        <translation>고객 표시기 테스트</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>장치 다시 찾기</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>마지막 스캔</translation>
    </message>
    <message>
        <source>Nothing scanned yet</source>
        <translation>아직 스캔한 것이 없습니다</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>읽은 값: %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>해석: %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>DrawerPolicy</name>
    <message>
        <source>Close the cash drawer before the next sale.</source>
        <translation>다음 판매 전에 돈통을 닫아 주세요.</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>Ed25519 %1 failed: %2</source>
        <translation>Ed25519 %1 실패: %2</translation>
    </message>
    <message>
        <source>An Ed25519 key has 32 bytes, not %1</source>
        <translation>Ed25519 키는 32바이트여야 해요(현재 %1바이트)</translation>
    </message>
</context>
<context>
    <name>EscPosEncoder</name>
    <message>
        <source>A QR code holds 1 to %1 bytes; this one has %2.</source>
        <translation>QR 코드에는 1~%1바이트를 담을 수 있어요. 이 코드는 %2바이트예요.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs 12 or 13 digits, not "%1".</source>
        <translation>EAN-13 바코드는 숫자 12~13자리가 필요해요(입력: "%1").</translation>
    </message>
    <message>
        <source>The check digit of EAN-13 "%1" is wrong.</source>
        <translation>EAN-13("%1")의 체크 숫자가 올바르지 않아요.</translation>
    </message>
    <message>
        <source>A Code 128 barcode holds 1 to 200 printable ASCII characters, not "%1".</source>
        <translation>Code 128 바코드에는 인쇄 가능한 ASCII 문자 1~200자만 담을 수 있어요(입력: "%1").</translation>
    </message>
    <message>
        <source>The printer %1 has no cash drawer connector.</source>
        <translation>프린터(%1)에는 금전함 연결 단자가 없어요.</translation>
    </message>
</context>
<context>
    <name>ExchangeTender</name>
    <message>
        <source>Complete exchange</source>
        <translation>교환 완료</translation>
    </message>
    <message>
        <source>Store credit QR or number</source>
        <translation>적립금 QR 또는 번호</translation>
    </message>
    <message>
        <source>Pay with credit</source>
        <translation>적립금으로 결제</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
</context>
<context>
    <name>Gs1ElementString</name>
    <message>
        <source>GS1 application identifier (%1) is not one the till reads.</source>
        <translation>포스가 읽지 않는 GS1 AI(%1)예요.</translation>
    </message>
    <message>
        <source>GS1 (%1) has %2 characters, which is not a valid length.</source>
        <translation>GS1 (%1)의 길이(%2자)가 올바르지 않아요.</translation>
    </message>
    <message>
        <source>GS1 (%1) holds characters it may not: "%2".</source>
        <translation>GS1 (%1)에 쓸 수 없는 문자가 있어요: "%2"</translation>
    </message>
    <message>
        <source>GS1 (%1) %2 has a wrong check digit.</source>
        <translation>GS1 (%1) %2: 체크 숫자가 올바르지 않아요.</translation>
    </message>
    <message>
        <source>GS1 (%1) %2 is not a date.</source>
        <translation>GS1 (%1) %2: 날짜가 아니에요.</translation>
    </message>
    <message>
        <source>The GS1 data is empty.</source>
        <translation>GS1 데이터가 비어 있어요.</translation>
    </message>
    <message>
        <source>The barcode (%1) does not carry GS1 data.</source>
        <translation>바코드(%1)에 GS1 데이터가 없어요.</translation>
    </message>
    <message>
        <source>GS1 data "%1" starts with an application identifier the till does not read.</source>
        <translation>GS1 데이터("%1")가 포스가 읽지 않는 AI로 시작해요.</translation>
    </message>
    <message>
        <source>"%1" is not GS1 data in brackets.</source>
        <translation>"%1": 괄호 형식의 GS1 데이터가 아니에요.</translation>
    </message>
    <message>
        <source>"%1" is not a web address.</source>
        <translation>"%1": 웹 주소가 아니에요.</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 Digital Link with a GTIN.</source>
        <translation>"%1": GTIN이 있는 GS1 디지털 링크가 아니에요.</translation>
    </message>
</context>
<context>
    <name>HandoverLog</name>
    <message>
        <source>The hand-over of order %1 could not be recorded: %2</source>
        <translation>주문 %1의 인도를 기록하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>HidPosReport</name>
    <message>
        <source>The scanner sent a report that holds no scan.</source>
        <translation>스캐너가 스캔 내용이 없는 보고를 보냈습니다.</translation>
    </message>
    <message>
        <source>The scanner sent a report of %1 bytes, too short for a scan.</source>
        <translation>스캐너가 %1바이트 보고를 보냈습니다. 스캔이라기에는 너무 짧습니다.</translation>
    </message>
    <message>
        <source>The scanner's report says %1 bytes of data but carries fewer.</source>
        <translation>스캐너 보고에는 데이터가 %1바이트라고 되어 있지만 그보다 적게 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
        <translation>시간대별 매출</translation>
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
    <message>
        <source>That code is not a product</source>
        <translation>그 코드는 상품이 아닙니다</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Receipt no.</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <source>From (2026-11-01)</source>
        <translation>시작일 (2026-11-01)</translation>
    </message>
    <message>
        <source>Until (2026-11-30)</source>
        <translation>종료일 (2026-11-30)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객 번호</translation>
    </message>
    <message>
        <source>Cashier no.</source>
        <translation>계산원 번호</translation>
    </message>
    <message>
        <source>Item barcode or SKU</source>
        <translation>상품 바코드 또는 SKU</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation>계산원 %1</translation>
    </message>
    <message>
        <source>Older receipts</source>
        <translation>이전 영수증</translation>
    </message>
    <message>
        <source>Check the whole journal</source>
        <translation>영수증 기록 전체 검사</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>검사 중단</translation>
    </message>
    <message>
        <source>Touch a receipt to see it as printed.</source>
        <translation>영수증을 누르면 인쇄된 그대로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>사본 인쇄</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
</context>
<context>
    <name>JournalReceipt</name>
    <message>
        <source>Promotion</source>
        <translation>행사 할인</translation>
    </message>
    <message>
        <source>Receipt %1 is in %2, but this store sells in %3.</source>
        <translation>영수증 %1의 통화(%2)가 이 매장의 통화(%3)와 달라요.</translation>
    </message>
    <message>
        <source>Receipt %1 has no sale id in the journal.</source>
        <translation>거래 기록에 영수증 %1의 거래 ID가 없어요.</translation>
    </message>
</context>
<context>
    <name>JournalSearch</name>
    <message>
        <source>The journal could not be searched: %1</source>
        <translation>영수증 기록을 검색할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>KioskBasket</name>
    <message>
        <source>You save %1</source>
        <translation>%1 할인되었습니다</translation>
    </message>
</context>
<context>
    <name>KioskClosed</name>
    <message>
        <source>This checkout is closed</source>
        <translation>이 계산대는 운영하지 않습니다</translation>
    </message>
    <message>
        <source>A basket is waiting from before the restart: staff open the kiosk to go on with it.</source>
        <translation>재시작 전의 장바구니가 남아 있습니다: 직원이 키오스크를 열면 이어서 계산할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please use another checkout.</source>
        <translation>다른 계산대를 이용해 주세요.</translation>
    </message>
    <message>
        <source>Staff: open the kiosk</source>
        <translation>직원: 키오스크 열기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>KioskGoodbye</name>
    <message>
        <source>Thank you!</source>
        <translation>감사합니다!</translation>
    </message>
    <message>
        <source>Please take your receipt and your items.</source>
        <translation>영수증과 상품을 챙겨 가세요.</translation>
    </message>
    <message>
        <source>Send to my app</source>
        <translation>내 앱으로 받기</translation>
    </message>
</context>
<context>
    <name>KioskIdentify</name>
    <message>
        <source>Show the QR code in your app to the scanner</source>
        <translation>앱의 QR 코드를 스캐너에 보여 주세요</translation>
    </message>
    <message>
        <source>Member prices apply. Touch a coupon to use it, or scan a coupon's QR code.</source>
        <translation>회원가가 적용됩니다. 쿠폰을 누르거나 쿠폰 QR 코드를 스캔하세요.</translation>
    </message>
    <message>
        <source>Members get member prices, points and their coupons.</source>
        <translation>회원은 회원가, 포인트, 쿠폰 혜택을 받습니다.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 결제</translation>
    </message>
</context>
<context>
    <name>KioskIdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>아직 계신가요?</translation>
    </message>
    <message numerus="yes">
        <source>Your basket will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 장바구니가 비워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation>계속 이용할게요</translation>
    </message>
</context>
<context>
    <name>KioskPay</name>
    <message>
        <source>Still to pay: %1</source>
        <translation>남은 결제 금액: %1</translation>
    </message>
    <message>
        <source>How would you like to pay?</source>
        <translation>어떻게 결제하시겠어요?</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal</source>
        <translation>카드 단말기의 안내를 따라 주세요</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>상품권 %1</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>적립금 %1</translation>
    </message>
    <message>
        <source>Gift card? Swipe it on the card reader.</source>
        <translation>상품권이 있으신가요? 카드 리더기에 긁어 주세요.</translation>
    </message>
    <message>
        <source>The terminal is slow: we are checking your payment. You will not be charged twice.</source>
        <translation>단말기 응답이 늦습니다. 결제를 확인하고 있습니다. 두 번 결제되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>KioskShopping</name>
    <message>
        <source>Scan your items</source>
        <translation>상품을 스캔하세요</translation>
    </message>
    <message>
        <source>No barcode? Touch the item:</source>
        <translation>바코드가 없나요? 상품을 누르세요:</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>회원: %1</translation>
    </message>
    <message>
        <source>Member? Scan your app</source>
        <translation>회원이신가요? 앱을 스캔하세요</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 결제</translation>
    </message>
</context>
<context>
    <name>KioskStaffPanel</name>
    <message>
        <source>Staff mode: %1</source>
        <translation>직원 모드: %1</translation>
    </message>
    <message>
        <source>Cancel the sale</source>
        <translation>판매 취소</translation>
    </message>
    <message>
        <source>Print the last receipt again</source>
        <translation>마지막 영수증 다시 인쇄</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>키오스크 닫기</translation>
    </message>
    <message>
        <source>Back to the shopper</source>
        <translation>고객 화면으로</translation>
    </message>
</context>
<context>
    <name>KioskStaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>들어가기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>KioskWaiting</name>
    <message>
        <source>Please wait: help is on the way</source>
        <translation>잠시만 기다려 주세요: 직원이 오고 있습니다</translation>
    </message>
    <message>
        <source>Staff: resolve</source>
        <translation>직원: 처리 완료</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>Welcome to %1</source>
        <translation>%1에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Scan your first item, or touch Start</source>
        <translation>첫 상품을 스캔하거나 시작을 누르세요</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>LineEditDialog</name>
    <message>
        <source>Discount on the whole basket</source>
        <translation>장바구니 전체 할인</translation>
    </message>
    <message>
        <source>Reason (damaged, price match, staff, ...)</source>
        <translation>사유 (파손, 가격 맞춤, 직원 할인 등)</translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation>새 단가</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>금액 할인</translation>
    </message>
    <message>
        <source>Note printed under the line</source>
        <translation>품목 아래에 인쇄할 메모</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>메모 저장</translation>
    </message>
</context>
<context>
    <name>LogoRaster</name>
    <message>
        <source>The file %1 cannot be read: choose a PNG or JPEG picture that exists.</source>
        <translation>파일 %1을(를) 읽을 수 없습니다. 있는 PNG 또는 JPEG 그림을 고르세요.</translation>
    </message>
    <message>
        <source>The picture %1 is too big (%2 KB): choose one of at most %3 KB.</source>
        <translation>그림 %1이(가) 너무 큽니다(%2 KB). %3 KB 이하인 그림을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture.</source>
        <translation>%1은(는) PNG 또는 JPEG 그림이 아닙니다.</translation>
    </message>
    <message>
        <source>The picture %1 is too big (%2 × %3 pixels): choose one of at most %4 pixels a side.</source>
        <translation>그림 %1이(가) 너무 큽니다(%2 × %3 픽셀). 한 변이 %4 픽셀 이하인 그림을 고르세요.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: %2</source>
        <translation>%1을(를) 그림으로 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>MagneticStripe</name>
    <message>
        <source>Use the card terminal for payment cards</source>
        <translation>결제 카드는 카드 단말기를 사용하세요</translation>
    </message>
    <message>
        <source>The card swipe held no data.</source>
        <translation>카드를 읽었지만 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>The card's data does not start with a track's start sentinel (% or ;): swipe again.</source>
        <translation>카드 데이터가 트랙 시작 문자(% 또는 ;)로 시작하지 않습니다. 다시 긁어 주세요.</translation>
    </message>
    <message>
        <source>The card's tracks are out of order: swipe again.</source>
        <translation>카드 트랙 순서가 올바르지 않습니다. 다시 긁어 주세요.</translation>
    </message>
    <message>
        <source>Track %1 of the card has no end sentinel: swipe again.</source>
        <translation>카드의 트랙 %1에 종료 문자가 없습니다. 다시 긁어 주세요.</translation>
    </message>
    <message>
        <source>Track %1 of the card is empty.</source>
        <translation>카드의 트랙 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>Track %1 of the card is longer than %2 characters: this is no card the till reads.</source>
        <translation>카드의 트랙 %1이(가) %2자보다 깁니다. 이 포스에서 읽을 수 있는 카드가 아닙니다.</translation>
    </message>
    <message>
        <source>Track %1 of the card holds characters it may not hold: swipe again.</source>
        <translation>카드의 트랙 %1에 허용되지 않는 문자가 있습니다. 다시 긁어 주세요.</translation>
    </message>
    <message>
        <source>Track %1 of the card failed its check (LRC): swipe again.</source>
        <translation>카드의 트랙 %1 검사(LRC)에 실패했습니다. 다시 긁어 주세요.</translation>
    </message>
    <message>
        <source>This card is not one of the store's cards.</source>
        <translation>이 매장의 카드가 아닙니다.</translation>
    </message>
    <message>
        <source>The card number on track 2 must have 1 to %1 digits.</source>
        <translation>트랙 2의 카드 번호는 1~%1자리여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnitill — %1</source>
        <translation>Omnitill — %1</translation>
    </message>
    <message>
        <source>Omnitill self-checkout — %1</source>
        <translation>옴니틸 셀프 계산대 — %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation>직원 호출</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>%1 금액과 %2 금액은 함께 계산할 수 없어요</translation>
    </message>
    <message>
        <source>"%1" is not an amount in %2</source>
        <translation>올바른 %2 금액이 아니에요: "%1"</translation>
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
    <name>NexoCrypto</name>
    <message>
        <source>The terminal key could not be derived.</source>
        <translation>단말기 키를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The terminal key needs an identifier and a passphrase.</source>
        <translation>단말기 키에는 식별자와 암호 문구가 필요합니다.</translation>
    </message>
    <message>
        <source>Only a SaleToPOIRequest or SaleToPOIResponse can be secured.</source>
        <translation>SaleToPOIRequest 또는 SaleToPOIResponse만 보호할 수 있습니다.</translation>
    </message>
    <message>
        <source>No random nonce is available.</source>
        <translation>난수(nonce)를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>A nonce has 16 bytes.</source>
        <translation>nonce는 16바이트입니다.</translation>
    </message>
    <message>
        <source>The message could not be encrypted.</source>
        <translation>메시지를 암호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>The terminal's message is not a Sale-to-POI message.</source>
        <translation>단말기 메시지가 Sale-to-POI 메시지가 아닙니다.</translation>
    </message>
    <message>
        <source>The terminal's message is not secured with crypto version 1.</source>
        <translation>단말기 메시지가 암호 버전 1로 보호되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The terminal's message is secured with another key.</source>
        <translation>단말기 메시지가 다른 키로 보호되어 있습니다.</translation>
    </message>
    <message>
        <source>The terminal's message has no valid nonce.</source>
        <translation>단말기 메시지에 올바른 nonce가 없습니다.</translation>
    </message>
    <message>
        <source>The terminal's message cannot be decrypted with this key.</source>
        <translation>이 키로는 단말기 메시지를 복호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>The terminal's message failed its integrity check.</source>
        <translation>단말기 메시지의 무결성 검사에 실패했습니다.</translation>
    </message>
    <message>
        <source>The terminal's message header does not match its protected content.</source>
        <translation>단말기 메시지 헤더가 보호된 내용과 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>NexoMessages</name>
    <message>
        <source>The terminal answered something other than this request.</source>
        <translation>단말기가 이 요청과 다른 것에 응답했습니다.</translation>
    </message>
    <message>
        <source>The terminal's answer has no %1.</source>
        <translation>단말기 응답에 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The payment terminal needs an address, a sale id and a terminal id.</source>
        <translation>결제 단말기에는 주소, 판매 ID, 단말기 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>A payment terminal on the network needs its shared key.</source>
        <translation>네트워크의 결제 단말기에는 공유 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The card terminal %1 is reached by neither HTTPS nor HTTP.</source>
        <translation>카드 단말기 %1은(는) HTTPS나 HTTP로 연결되는 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The card terminal's certificate %1 cannot be read.</source>
        <translation>카드 단말기 인증서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The card terminal's certificate %1 holds no certificate.</source>
        <translation>카드 단말기 인증서 파일 %1에 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>NoReceiptReturn</name>
    <message>
        <source>Scan or type the item's code</source>
        <translation>상품 코드를 스캔하거나 입력하세요</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>재고로 되돌리기</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>사이즈 안 맞음</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>단순 변심</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Refund as store credit</source>
        <translation>적립금으로 환불</translation>
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
    <name>OfflineCouponPolicy</name>
    <message>
        <source>The central store cannot be reached, and this store takes no coupons offline. Sell without the coupon (the customer keeps it for another visit), or try again when the till is back online</source>
        <translation>중앙 서버에 연결할 수 없고, 이 매장은 오프라인에서 쿠폰을 받지 않습니다. 쿠폰 없이 판매하거나(고객은 다음 방문 때 쓸 수 있습니다), 계산대가 다시 온라인이 되면 다시 시도하세요</translation>
    </message>
    <message>
        <source>This till has already taken this coupon: it can be used only once. Sell without it; if the customer disagrees, the central store can check it when the till is back online</source>
        <translation>이 계산대에서 이미 사용된 쿠폰입니다. 쿠폰은 한 번만 쓸 수 있습니다. 쿠폰 없이 판매하세요. 고객이 동의하지 않으면 계산대가 다시 온라인이 된 뒤 중앙 서버에서 확인할 수 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>Today's offline allowance of %n coupon(s) is used up, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</source>
        <translation>
            <numerusform>오늘의 오프라인 쿠폰 한도(%n장)를 모두 사용했고 중앙 서버에 연결할 수 없습니다. 쿠폰 없이 판매하거나(고객은 쿠폰을 그대로 갖습니다), 계산대가 다시 온라인이 되면 다시 시도하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>This coupon saves %1, but only %2 of today's offline coupon allowance (%3) is left, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</source>
        <translation>이 쿠폰의 할인액은 %1이지만 오늘의 오프라인 쿠폰 한도(%3) 중 %2만 남았고 중앙 서버에 연결할 수 없습니다. 쿠폰 없이 판매하거나(고객은 쿠폰을 그대로 갖습니다), 계산대가 다시 온라인이 되면 다시 시도하세요</translation>
    </message>
</context>
<context>
    <name>OfflinePointsPolicy</name>
    <message>
        <source>Points are spent from the customer's balance at the central store, which cannot be reached now, and %1: nothing was taken. Pay this part another way (cash or card); the customer keeps the points</source>
        <translation>포인트는 중앙 서버의 고객 잔액에서 사용되는데, 지금은 중앙 서버에 연결할 수 없고 %1: 아무것도 차감되지 않았습니다. 이 금액은 다른 방법(현금 또는 카드)으로 결제하세요. 고객의 포인트는 그대로 남습니다</translation>
    </message>
    <message>
        <source>this store takes no points offline</source>
        <translation>이 매장은 오프라인에서 포인트를 받지 않습니다</translation>
    </message>
    <message>
        <source>offline, points pay at most %1 of a sale (%2 on this one so far)</source>
        <translation>오프라인에서는 한 판매에 포인트로 최대 %1까지 결제할 수 있습니다(이 판매에서 지금까지 %2)</translation>
    </message>
    <message>
        <source>today's offline points would pass the limit of %1 (%2 so far)</source>
        <translation>오늘 오프라인 포인트 사용이 한도 %1을(를) 넘게 됩니다(지금까지 %2)</translation>
    </message>
    <message>
        <source>this till's customer list does not hold the customer's points balance</source>
        <translation>이 단말기의 고객 목록에 고객의 포인트 잔액이 없습니다</translation>
    </message>
    <message>
        <source>the customer had %1 points as of %2, of which %3 are left to spend offline</source>
        <translation>고객의 포인트는 %2 기준 %1점이었고, 그중 오프라인에서 쓸 수 있는 포인트는 %3점 남았습니다</translation>
    </message>
</context>
<context>
    <name>OfflineRedemptions</name>
    <message>
        <source>The offline redemption could not be saved: %1</source>
        <translation>오프라인 사용 내역을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The offline redemption could not be dropped: %1</source>
        <translation>오프라인 사용 내역을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The offline redemptions cannot be read: %1</source>
        <translation>오프라인 사용 내역을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>OnlineOrdersPanel</name>
    <message>
        <source>Order QR or number</source>
        <translation>주문 QR 또는 번호</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Search waiting pickups</source>
        <translation>수령 대기 주문 검색</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>No order is waiting for pickup here</source>
        <translation>이 매장에서 수령을 기다리는 주문이 없습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>수령</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전부</translation>
    </message>
    <message>
        <source>Hand over, rest waits</source>
        <translation>인도하고 나머지는 대기</translation>
    </message>
    <message>
        <source>Hand over, rest to stock</source>
        <translation>인도하고 나머지는 재고로</translation>
    </message>
    <message>
        <source>Hand over, close</source>
        <translation>인도하고 주문 종료</translation>
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
    <name>OpenShiftPanel</name>
    <message>
        <source>%1, count the cash in the drawer and open the shift</source>
        <translation>%1 님, 금전함의 현금을 세고 근무를 시작해 주세요</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>금전함 현금</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>근무 시작</translation>
    </message>
</context>
<context>
    <name>OrderSlipText</name>
    <message>
        <source>Online order %1</source>
        <translation>온라인 주문 %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>COLLECT SLIP</source>
        <translation>수령 확인서</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>인도한 상품</translation>
    </message>
    <message>
        <source>Still open, waiting for pickup</source>
        <translation>남은 상품, 수령 대기 중</translation>
    </message>
    <message>
        <source>Not taken, back to stock</source>
        <translation>가져가지 않음, 재고로 반환</translation>
    </message>
    <message>
        <source>Value handed over</source>
        <translation>인도한 금액</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>온라인 결제 완료</translation>
    </message>
    <message>
        <source>Paid in store, sale %1</source>
        <translation>매장 결제, 판매 %1</translation>
    </message>
    <message>
        <source>Refunded to the online payment</source>
        <translation>온라인 결제로 환불</translation>
    </message>
    <message>
        <source>Received in good order:</source>
        <translation>이상 없이 수령했습니다:</translation>
    </message>
    <message>
        <source>Customer's signature</source>
        <translation>고객 서명</translation>
    </message>
    <message>
        <source>ONLINE ORDER RETURN</source>
        <translation>온라인 주문 반품</translation>
    </message>
    <message>
        <source>    %1 more can be returned</source>
        <translation>    %1개 더 반품 가능</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>반품 %1</translation>
    </message>
    <message>
        <source>As store credit</source>
        <translation>매장 적립금으로</translation>
    </message>
    <message>
        <source>To the original online payment</source>
        <translation>원래 온라인 결제 수단으로</translation>
    </message>
    <message>
        <source>In cash</source>
        <translation>현금으로</translation>
    </message>
    <message>
        <source>Taken back offline: the store credit is added once the central store hears of it</source>
        <translation>오프라인 반품: 적립금은 중앙 서버가 반품을 받으면 추가됩니다</translation>
    </message>
    <message>
        <source>Taken back offline: the central store is told later</source>
        <translation>오프라인 반품: 중앙 서버에는 나중에 전달됩니다</translation>
    </message>
</context>
<context>
    <name>OutboxQueue</name>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>전송 대기함을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Outbox record %1 could not be marked: %2</source>
        <translation>전송 대기 기록 %1의 상태를 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The quarantined records could not be read: %1</source>
        <translation>보류된 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Outbox record %1 could not be written: %2</source>
        <translation>전송 대기 기록 %1을(를) 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Record %1 could not be sent again: %2</source>
        <translation>기록 %1을(를) 다시 보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Record %1 is not held back any more: it was sent again already.</source>
        <translation>기록 %1은(는) 더 이상 보류 중이 아닙니다. 이미 다시 보냈습니다.</translation>
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
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Card (own terminal)</source>
        <translation>카드 (별도 단말기)</translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <source>A card payment is already in progress.</source>
        <translation>카드 결제가 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>The card payment could not be saved: %1</source>
        <translation>카드 결제를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The card payment %1 cannot become %2 now.</source>
        <translation>카드 결제 %1은(는) 지금 %2 상태가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The offline card payments cannot be read: %1</source>
        <translation>오프라인 카드 결제 내역을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Sell</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>근무 시작</translation>
    </message>
    <message>
        <source>Close a shift</source>
        <translation>근무 마감</translation>
    </message>
    <message>
        <source>Drop cash to the safe</source>
        <translation>금고 입금</translation>
    </message>
    <message>
        <source>Pay cash in</source>
        <translation>현금 입금</translation>
    </message>
    <message>
        <source>Pay cash out</source>
        <translation>현금 출금</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <source>Void a line after payment started</source>
        <translation>결제 시작 후 품목 취소</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>판매 취소</translation>
    </message>
    <message>
        <source>Take a return without a receipt</source>
        <translation>영수증 없는 반품</translation>
    </message>
    <message>
        <source>Give a discount above the limit</source>
        <translation>한도 초과 할인</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>판매 없이 금전함 열기</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>직원 관리</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>정산 리포트 보기</translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The system could not provide random numbers to protect the PIN</source>
        <translation>PIN 보호에 필요한 난수를 시스템에서 받지 못했어요. 다시 시도해 주세요</translation>
    </message>
    <message>
        <source>The PIN could not be protected</source>
        <translation>PIN을 암호화하지 못했어요. 다시 시도해 주세요</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation>PIN은 4~8자리 숫자로 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Receipt %1 could not be queued for printing: %2</source>
        <translation>영수증 %1을(를) 인쇄 대기열에 넣지 못했어요: %2</translation>
    </message>
    <message>
        <source>Print job %1 could not be updated: %2</source>
        <translation>인쇄 작업 %1을(를) 갱신하지 못했어요: %2</translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation>인쇄 작업 %1이(가) 없어요.</translation>
    </message>
    <message>
        <source>Interrupted while printing: printed again, possibly twice.</source>
        <translation>인쇄 중에 중단되어 다시 인쇄했어요. 두 번 인쇄됐을 수 있어요.</translation>
    </message>
    <message>
        <source>The print queue could not be read: %1</source>
        <translation>인쇄 대기열을 읽지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>PrinterConnection</name>
    <message>
        <source>The printer at %1:%2 does not answer (%3): check that it is on and on the network.</source>
        <translation>프린터(%1:%2)가 응답하지 않아요(%3). 전원과 네트워크 연결을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Permission denied on %1: add the till's user to the group lp, or install the udev rules from packaging/.</source>
        <translation>%1 접근 권한이 없어요. 포스 사용자를 lp 그룹에 넣거나 packaging/의 udev 규칙을 설치해 주세요.</translation>
    </message>
    <message>
        <source>There is no printer at %1: check its cable and power.</source>
        <translation>%1에 프린터가 없어요. 케이블과 전원을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The printer %1 cannot be opened: %2.</source>
        <translation>프린터(%1)를 열 수 없어요: %2</translation>
    </message>
    <message>
        <source>The printer stopped taking data: %1.</source>
        <translation>프린터가 데이터를 더 받지 않아요: %1</translation>
    </message>
    <message>
        <source>The printer took only %1 of %2 bytes in %3 s: check its paper and cover.</source>
        <translation>프린터가 %3초 동안 %2바이트 중 %1바이트만 받았어요. 용지와 커버를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The printer does not report its status: it may be off, or its cable loose.</source>
        <translation>프린터가 상태를 알려 주지 않아요. 전원이 꺼졌거나 케이블이 빠졌을 수 있어요.</translation>
    </message>
    <message>
        <source>"%1" is not a printer address: use tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600 or file:///dev/usb/lp0.</source>
        <translation>"%1"은(는) 프린터 주소가 아닙니다: tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600 또는 file:///dev/usb/lp0 형식을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>PrinterProfile</name>
    <message>
        <source>Unknown printer model "%1": choose one of %2.</source>
        <translation>모르는 프린터 모델("%1")이에요. 다음 중에서 골라 주세요: %2</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>The printer answered the status request with %1 bytes instead of 4.</source>
        <translation>프린터가 상태 요청에 4바이트 대신 %1바이트로 답했어요.</translation>
    </message>
    <message>
        <source>The printer sent 0x%1, which is not a status reply.</source>
        <translation>프린터가 상태 응답이 아닌 값(0x%1)을 보냈어요.</translation>
    </message>
    <message>
        <source>The printer has a fault it cannot recover from: switch it off and on again; the receipt will print again.</source>
        <translation>프린터에 스스로 복구할 수 없는 오류가 났어요. 전원을 껐다 켜 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer cover is open: close it; the receipt will print again.</source>
        <translation>프린터 커버가 열려 있어요. 커버를 닫아 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper; the receipt will print again.</source>
        <translation>프린터 용지가 없어요. 용지를 넣어 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer's cutter is stuck: open the cover, free the paper and close it; the receipt will print again.</source>
        <translation>프린터 커터가 걸렸어요. 커버를 열고 용지를 빼낸 뒤 닫아 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer stopped with an error: wait a moment; the receipt will print again.</source>
        <translation>프린터가 오류로 멈췄어요. 잠시 기다려 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer is offline: check its power and cable; the receipt will print again.</source>
        <translation>프린터가 오프라인이에요. 전원과 케이블을 확인해 주세요. 영수증은 다시 인쇄돼요.</translation>
    </message>
    <message>
        <source>The printer's paper is running low: have a new roll ready.</source>
        <translation>프린터 용지가 얼마 남지 않았어요. 새 용지를 준비해 주세요.</translation>
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
    <name>Promotion</name>
    <message>
        <source>Promotion %1: %2</source>
        <translation>행사 %1: %2</translation>
    </message>
    <message>
        <source>a promotion needs an id</source>
        <translation>행사 ID가 필요해요</translation>
    </message>
    <message>
        <source>a promotion needs a name</source>
        <translation>행사 이름이 없어요. 한국어 이름과 영어 이름 중 하나 이상을 입력해 주세요</translation>
    </message>
    <message>
        <source>the promotion ends before it starts</source>
        <translation>행사 종료일이 시작일보다 빨라요</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>금액은 음수일 수 없어요</translation>
    </message>
    <message>
        <source>a promotion cannot take off more than 100%</source>
        <translation>할인은 100%를 넘을 수 없어요</translation>
    </message>
    <message>
        <source>buy and get quantities must be between 1 and 99</source>
        <translation>구매 수량과 증정 수량은 1에서 99 사이여야 해요</translation>
    </message>
    <message>
        <source>the promotion gives nothing</source>
        <translation>할인 혜택이 없는 행사예요. 할인 값을 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>PromotionRepository</name>
    <message>
        <source>The promotions could not be read: %1</source>
        <translation>행사 목록을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The promotion could not be saved: %1</source>
        <translation>행사를 저장하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Type the weight in kilograms, like 0.456 (or in grams, like 456 g)</source>
        <translation>무게를 킬로그램으로 입력하세요. 예: 0.456 (그램이면 456 g)</translation>
    </message>
    <message>
        <source>Grams are whole: type 456 g or 0.456</source>
        <translation>그램은 정수로 입력합니다: 456 g 또는 0.456</translation>
    </message>
    <message>
        <source>That is more than a till can weigh: check the weight</source>
        <translation>저울이 잴 수 있는 무게보다 큽니다: 무게를 확인하세요</translation>
    </message>
    <message>
        <source>The weight must be more than zero</source>
        <translation>무게는 0보다 커야 합니다</translation>
    </message>
</context>
<context>
    <name>ReceiptLogo</name>
    <message>
        <source>The logo could not be converted for storing.</source>
        <translation>로고를 저장할 형식으로 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReceiptMailForm</name>
    <message>
        <source>Customer's e-mail</source>
        <translation>고객 이메일</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>영수증 이메일 발송</translation>
    </message>
    <message>
        <source>Send to app</source>
        <translation>앱으로 보내기</translation>
    </message>
</context>
<context>
    <name>ReceiptSample</name>
    <message>
        <source>Sample item</source>
        <translation>견본 상품</translation>
    </message>
</context>
<context>
    <name>ReceiptSamplePreview</name>
    <message>
        <source>Receipt preview</source>
        <translation>영수증 미리보기</translation>
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
    <message>
        <source>Promotions saved you</source>
        <translation>행사 할인 금액</translation>
    </message>
    <message>
        <source>*** COPY (reprint) ***</source>
        <translation>*** 사본 (중복 출력) ***</translation>
    </message>
    <message>
        <source>GIFT RECEIPT</source>
        <translation>선물 영수증</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>수량 %1</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Present this receipt to exchange or return the items.</source>
        <translation>교환·반품 시 이 영수증을 제시해 주세요.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>반품 %1</translation>
    </message>
    <message>
        <source>Returned from receipt %1</source>
        <translation>영수증 %1에서 반품</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>현금 환불</translation>
    </message>
    <message>
        <source>Refunded to card</source>
        <translation>카드 환불</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Store credit: scan this code at the till to pay with it.</source>
        <translation>적립금: 계산대에서 이 코드를 스캔하면 결제에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Exchange: return %1</source>
        <translation>교환: 반품 %1</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>기프트카드</translation>
    </message>
    <message>
        <source>Store credit (account)</source>
        <translation>적립금(계정)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Back on the gift card</source>
        <translation>기프트카드로 환불</translation>
    </message>
    <message>
        <source>Back on store credit (account)</source>
        <translation>적립금(계정)으로 환불</translation>
    </message>
    <message>
        <source>Points given back</source>
        <translation>포인트 환원</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>쿠폰 %1</translation>
    </message>
    <message>
        <source>Approved offline (store and forward)</source>
        <translation>오프라인 승인 (나중에 전송)</translation>
    </message>
    <message>
        <source>Cash receipt (%1)</source>
        <translation>현금영수증 (%1)</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>적립 포인트</translation>
    </message>
    <message>
        <source>credited when the sale reaches the central store</source>
        <translation>본사 서버에 판매가 전달되면 적립됩니다</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>포인트 잔액</translation>
    </message>
    <message>
        <source>Card slip: merchant copy</source>
        <translation>카드 전표: 가맹점용</translation>
    </message>
    <message>
        <source>Taken offline: the central store is told later</source>
        <translation>오프라인 결제: 중앙 서버에 나중에 전달됩니다</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF file %1 could not be written</source>
        <translation>PDF 파일 %1을(를) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>마감정산 %1</translation>
    </message>
    <message>
        <source>X REPORT (not a closing)</source>
        <translation>중간정산 (마감 아님)</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>근무 %1</translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation>마감: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>총매출</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>취소 거래</translation>
    </message>
    <message>
        <source>Voided lines</source>
        <translation>취소 품목</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>현금 반올림</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>%1 taxable</source>
        <translation>%1 과세 금액</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>금전함</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>시작 시재</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>현금 매출</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>현금 환불</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Drops to safe</source>
        <translation>금고 입금</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>예상 시재</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>실제 시재</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>시재 초과</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>시재 부족</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>과부족</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>계산원별</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(로그인 없음)</translation>
    </message>
    <message>
        <source>voided: %1 sales, %2 lines</source>
        <translation>취소: 거래 %1건, 품목 %2개</translation>
    </message>
    <message>
        <source>X report: figures so far, nothing reset</source>
        <translation>중간정산: 현재까지 집계, 초기화 안 됨</translation>
    </message>
    <message>
        <source>Drawer opened, no sale</source>
        <translation>판매 없이 돈통 열림</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n call(s) for staff open</source>
        <translation>
            <numerusform>직원 호출 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>No kiosk is waiting for staff</source>
        <translation>직원을 기다리는 키오스크가 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolved at %1 by %2</source>
        <translation>%1에 처리: %2</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>호출 시각</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>계산대</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>처리한 직원</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>처리 시각</translation>
    </message>
</context>
<context>
    <name>RestockLog</name>
    <message>
        <source>The restock of %1 could not be recorded: %2</source>
        <translation>%1의 재입고를 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The restocks could not be read: %1</source>
        <translation>재입고 기록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>This receipt is a return, not a sale</source>
        <translation>이 영수증은 판매가 아니라 반품 영수증이에요</translation>
    </message>
    <message>
        <source>This sale was voided: there is nothing to return</source>
        <translation>취소된 거래라 반품할 상품이 없어요</translation>
    </message>
    <message>
        <source>Choose at least one item to return</source>
        <translation>반품할 상품을 하나 이상 골라 주세요</translation>
    </message>
    <message>
        <source>That item is not on this receipt</source>
        <translation>이 영수증에 없는 상품이에요</translation>
    </message>
    <message>
        <source>Return at least one item</source>
        <translation>한 개 이상 반품해 주세요</translation>
    </message>
    <message>
        <source>Items sold by the piece are returned by the piece</source>
        <translation>낱개로 판 상품은 낱개로 반품해요</translation>
    </message>
    <message>
        <source>That is more than was sold, counting earlier returns</source>
        <translation>이전 반품을 포함하면 판매 수량보다 많아요</translation>
    </message>
    <message>
        <source>The exchange uses more credit than the items are worth</source>
        <translation>교환 금액이 반품 상품 금액보다 큽니다</translation>
    </message>
</context>
<context>
    <name>ReturnHistory</name>
    <message>
        <source>The earlier returns could not be read: %1</source>
        <translation>이전 반품 기록을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The recent prices could not be read: %1</source>
        <translation>최근 판매가를 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The store credit could not be read: %1</source>
        <translation>적립 크레딧을 읽지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>Receipt QR or number</source>
        <translation>영수증 QR 또는 번호</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>재고로 되돌리기</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>영수증 있음</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>영수증 없음</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>교환</translation>
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
        <source>Unknown sale event "%1"</source>
        <translation>알 수 없는 거래 이벤트예요: "%1"</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%</source>
        <translation>할인은 100%를 넘을 수 없어요</translation>
    </message>
    <message>
        <source>"%1" is not a percentage</source>
        <translation>"%1": 할인율이 아니에요</translation>
    </message>
    <message>
        <source>A note can be at most 200 characters</source>
        <translation>메모는 200자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>Payment has started: take the exchange on a new sale</source>
        <translation>결제가 시작되었습니다: 교환은 새 판매에서 진행하세요</translation>
    </message>
    <message>
        <source>This sale already has an exchange: finish it first</source>
        <translation>이 판매에는 이미 교환이 있습니다: 먼저 마무리하세요</translation>
    </message>
    <message>
        <source>Choose the items that come back in the exchange</source>
        <translation>교환으로 돌아오는 상품을 고르세요</translation>
    </message>
    <message>
        <source>That is the last item: void the sale instead</source>
        <translation>마지막 상품입니다: 대신 판매를 취소하세요</translation>
    </message>
    <message>
        <source>The card payments would be more than the new total: void the sale instead</source>
        <translation>카드 결제 금액이 새 합계보다 커집니다: 대신 판매를 취소하세요</translation>
    </message>
    <message>
        <source>The customer has no id</source>
        <translation>고객 ID가 없습니다</translation>
    </message>
    <message>
        <source>No customer is attached to this sale</source>
        <translation>이 판매에 연결된 고객이 없습니다</translation>
    </message>
    <message>
        <source>Remove the customer's own coupons first</source>
        <translation>먼저 이 고객의 쿠폰을 빼 주세요</translation>
    </message>
    <message>
        <source>A coupon needs its code</source>
        <translation>쿠폰 코드가 필요합니다</translation>
    </message>
    <message>
        <source>This coupon is already on the sale</source>
        <translation>이 쿠폰은 이미 이 판매에 적용되어 있습니다</translation>
    </message>
    <message>
        <source>This coupon belongs to a customer: attach them first</source>
        <translation>고객 전용 쿠폰입니다: 먼저 고객을 연결해 주세요</translation>
    </message>
    <message>
        <source>This coupon is not on the sale</source>
        <translation>이 쿠폰은 이 판매에 없습니다</translation>
    </message>
    <message>
        <source>Cash receipts are issued only in stores in Korea</source>
        <translation>현금영수증은 한국 매장에서만 발급됩니다</translation>
    </message>
    <message>
        <source>A sale keeps a cash receipt's number only masked</source>
        <translation>판매에는 현금영수증 번호를 가린 형태로만 보관합니다</translation>
    </message>
    <message>
        <source>No cash receipt was asked for on this sale</source>
        <translation>이 판매에는 현금영수증 요청이 없습니다</translation>
    </message>
    <message>
        <source>The cash receipt request is not one this till writes</source>
        <translation>이 단말기가 기록하는 형식의 현금영수증 요청이 아닙니다</translation>
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
    <name>SalePricing</name>
    <message>
        <source>The promotions already take off what this coupon would</source>
        <translation>행사 할인이 이미 이 쿠폰의 할인만큼 적용되어 있습니다</translation>
    </message>
</context>
<context>
    <name>SalesSummary</name>
    <message>
        <source>The sales figures could not be read: %1</source>
        <translation>매출 집계를 읽을 수 없습니다: %1</translation>
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
    <name>ScanPayload</name>
    <message>
        <source>A scan longer than %1 characters was ignored.</source>
        <translation>%1자보다 긴 스캔은 무시했습니다.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scan is longer than %1 characters and was ignored.</source>
        <translation>스캔이 %1자보다 길어 무시했습니다.</translation>
    </message>
    <message>
        <source>The scan contains control characters and was ignored.</source>
        <translation>스캔에 제어 문자가 있어 무시했습니다.</translation>
    </message>
    <message>
        <source>The scan held no data.</source>
        <translation>스캔에 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not a product barcode or a code this till knows.</source>
        <translation>"%1"은(는) 상품 바코드도, 이 계산대가 아는 코드도 아닙니다.</translation>
    </message>
    <message>
        <source>The GS1 code %1 names no product (no GTIN).</source>
        <translation>GS1 코드 %1에 상품(GTIN)이 없습니다.</translation>
    </message>
    <message>
        <source>The GS1 code %1 has an expiry date that does not exist.</source>
        <translation>GS1 코드 %1의 유통기한이 존재하지 않는 날짜입니다.</translation>
    </message>
    <message>
        <source>The GS1 code %1 has a price with more decimals than the currency.</source>
        <translation>GS1 코드 %1의 가격 소수 자릿수가 통화보다 많습니다.</translation>
    </message>
    <message>
        <source>A magnetic card came in as a barcode and was ignored: attach card readers as a keyboard.</source>
        <translation>마그네틱 카드가 바코드로 들어와 무시했습니다. 카드 리더는 키보드로 연결하세요.</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>This database was made by a newer Omnitill (schema %1, this version knows %2). It was left unchanged; update Omnitill to use it.</source>
        <translation>더 새로운 버전의 Omnitill에서 만든 데이터베이스예요(스키마 %1, 이 버전은 스키마 %2까지 지원). 데이터베이스는 변경하지 않았어요. 사용하려면 Omnitill을 업데이트해 주세요.</translation>
    </message>
    <message>
        <source>"%1" is a SQLite database of another program, not Omnitill's; Omnitill will not add its tables to it.</source>
        <translation>"%1" 파일은 Omnitill이 아닌 다른 프로그램의 SQLite 데이터베이스예요. Omnitill 테이블을 추가하지 않아요.</translation>
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
        <source>The migrations built into this Omnitill are incomplete: expected number %1, found "%2".</source>
        <translation>이 Omnitill에 포함된 데이터베이스 마이그레이션이 불완전해요(예상: %1번, 실제: "%2").</translation>
    </message>
    <message>
        <source>No database migrations are built into this Omnitill.</source>
        <translation>이 Omnitill에는 데이터베이스 마이그레이션이 포함되어 있지 않아요.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>"%1" is not a serial address: use serial:///dev/ttyUSB0?baud=9600.</source>
        <translation>"%1"은(는) 시리얼 주소가 아닙니다: serial:///dev/ttyUSB0?baud=9600 형식을 쓰세요.</translation>
    </message>
    <message>
        <source>"%1" has a setting a serial port cannot take: baud is a number, bits 5–8, parity none/even/odd, stop 1 or 2, flow none/hardware/software.</source>
        <translation>"%1"에 시리얼 포트가 받을 수 없는 설정이 있습니다: baud는 숫자, bits는 5–8, parity는 none/even/odd, stop은 1 또는 2, flow는 none/hardware/software입니다.</translation>
    </message>
    <message>
        <source>There is no serial port %1: check the cable or the USB-serial adapter.</source>
        <translation>시리얼 포트 %1이(가) 없습니다: 케이블이나 USB-시리얼 어댑터를 확인하세요.</translation>
    </message>
    <message>
        <source>permission denied on %1: add the till's user to the group dialout, or install the udev rules from packaging/</source>
        <translation>%1에 접근 권한이 없습니다: 계산대 사용자를 dialout 그룹에 추가하거나 packaging/의 udev 규칙을 설치하세요</translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened: %2.</source>
        <translation>시리얼 포트 %1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The serial port %1 does not take these settings: %2.</source>
        <translation>시리얼 포트 %1이(가) 이 설정을 받지 않습니다: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Only a manager may change the store's settings.</source>
        <translation>매장 설정은 점장만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>다음 시작 때 적용</translation>
    </message>
    <message>
        <source>Takes effect now</source>
        <translation>바로 적용</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>이 파일 사용</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>로고 지우기</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Tax and rounding</source>
        <translation>세금과 반올림</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Offline allowances</source>
        <translation>오프라인 허용 한도</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>셀프 계산대</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>0 or empty: none</source>
        <translation>0 또는 비움: 허용 안 함</translation>
    </message>
    <message>
        <source>SKUs separated by commas</source>
        <translation>쉼표로 구분한 SKU</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>매장 이름</translation>
    </message>
    <message>
        <source>Address and business number</source>
        <translation>주소와 사업자번호</translation>
    </message>
    <message>
        <source>One receipt line each: the address, then the business registration number</source>
        <translation>영수증 한 줄씩: 주소, 그다음 사업자등록번호</translation>
    </message>
    <message>
        <source>Printed under every receipt, e.g. the return policy</source>
        <translation>모든 영수증 아래에 인쇄됩니다(예: 교환·환불 안내)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>include tax (Korea, Japan, EU)</source>
        <translation>세금 포함 (한국, 일본, EU)</translation>
    </message>
    <message>
        <source>exclude tax (US)</source>
        <translation>세금 별도 (미국)</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>세금 반올림</translation>
    </message>
    <message>
        <source>half up</source>
        <translation>사사오입</translation>
    </message>
    <message>
        <source>half to even</source>
        <translation>오사오입(짝수 맞춤)</translation>
    </message>
    <message>
        <source>Cash rounded to (minor units, 1: none)</source>
        <translation>현금 반올림 단위 (최소 단위, 1: 안 함)</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>시작 언어</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>숫자와 날짜 형식</translation>
    </message>
    <message>
        <source>A locale, like ko_KR or en_US</source>
        <translation>ko_KR, en_US 같은 로캘</translation>
    </message>
    <message>
        <source>Lock the till after idle seconds</source>
        <translation>사용하지 않으면 잠그기까지 초</translation>
    </message>
    <message>
        <source>Wrong PINs before a lockout</source>
        <translation>잠금 전 허용되는 PIN 오류 횟수</translation>
    </message>
    <message>
        <source>Coupons offline per day</source>
        <translation>하루 오프라인 쿠폰 수</translation>
    </message>
    <message>
        <source>Coupon savings offline per day</source>
        <translation>하루 오프라인 쿠폰 할인액</translation>
    </message>
    <message>
        <source>Gift card or credit offline per payment</source>
        <translation>결제당 오프라인 상품권·적립금</translation>
    </message>
    <message>
        <source>Gift card or credit offline per day</source>
        <translation>하루 오프라인 상품권·적립금</translation>
    </message>
    <message>
        <source>Card offline per payment</source>
        <translation>결제당 오프라인 카드 승인</translation>
    </message>
    <message>
        <source>Card offline per day</source>
        <translation>하루 오프라인 카드 승인</translation>
    </message>
    <message>
        <source>Idle seconds before the kiosk asks</source>
        <translation>키오스크가 묻기 전 대기 초</translation>
    </message>
    <message>
        <source>Seconds the question waits</source>
        <translation>질문을 기다리는 초</translation>
    </message>
    <message>
        <source>Seconds the goodbye shows</source>
        <translation>인사 화면을 보여주는 초</translation>
    </message>
    <message>
        <source>Refused scans before staff is called</source>
        <translation>직원을 부르기 전 거절된 스캔 수</translation>
    </message>
    <message>
        <source>Items without a barcode to pick</source>
        <translation>바코드 없이 고르는 상품</translation>
    </message>
    <message>
        <source>Age-restricted items</source>
        <translation>연령 제한 상품</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <source>tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0; empty: the virtual printer</source>
        <translation>tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0; 비움: 가상 프린터</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>프린터 모델</translation>
    </message>
    <message>
        <source>Keyboard scanner (part of its name)</source>
        <translation>키보드 스캐너 (장치 이름 일부)</translation>
    </message>
    <message>
        <source>HID POS scanner</source>
        <translation>HID POS 스캐너</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>시리얼 스캐너</translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation>카메라 스캐너</translation>
    </message>
    <message>
        <source>Part of the camera's name, or "default"</source>
        <translation>카메라 이름 일부 또는 "default"</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>카드 단말기</translation>
    </message>
    <message>
        <source>nexo+https://192.168.1.20:8443; empty: no terminal</source>
        <translation>nexo+https://192.168.1.20:8443; 비움: 단말기 없음</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1을(를) 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1이(가) %2자보다 깁니다.</translation>
    </message>
    <message>
        <source>%1: line %2 is longer than %3 characters, the receipt's width.</source>
        <translation>%1: %2번째 줄이 영수증 폭인 %3자보다 깁니다.</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1: %2 중에서 고르세요.</translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1: %2부터 %3까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: SKU %2 is not in the catalog.</source>
        <translation>%1: SKU %2는 상품 목록에 없습니다.</translation>
    </message>
    <message>
        <source>"%1" is not a printer address: use %2</source>
        <translation>"%1"은(는) 프린터 주소가 아닙니다. 다음 형식을 쓰세요: %2</translation>
    </message>
    <message>
        <source>%1: "%2" is not a device file; give its path, like %3.</source>
        <translation>%1: "%2"은(는) 장치 파일이 아닙니다. %3처럼 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>"%1" is not a card terminal address: use protocol+scheme://host:port, like %2</source>
        <translation>"%1"은(는) 카드 단말기 주소가 아닙니다. %2처럼 protocol+scheme://host:port 형식을 쓰세요.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a locale; use a name like ko_KR or en_US.</source>
        <translation>%1: "%2"은(는) 로캘이 아닙니다. ko_KR, en_US 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Receipt header, Korean receipts</source>
        <translation>영수증 머리글 (한국어 영수증)</translation>
    </message>
    <message>
        <source>Printed under the address, e.g. opening hours</source>
        <translation>주소 아래에 인쇄됩니다. 예: 영업시간</translation>
    </message>
    <message>
        <source>Receipt header, English receipts</source>
        <translation>영수증 머리글 (영어 영수증)</translation>
    </message>
    <message>
        <source>Receipt footer, Korean receipts</source>
        <translation>영수증 꼬리글 (한국어 영수증)</translation>
    </message>
    <message>
        <source>Receipt footer, English receipts</source>
        <translation>영수증 꼬리글 (영어 영수증)</translation>
    </message>
    <message>
        <source>Logo at the top of every receipt</source>
        <translation>모든 영수증 맨 위의 로고</translation>
    </message>
    <message>
        <source>Path of a PNG or JPEG file, e.g. /media/usb/logo.png</source>
        <translation>PNG 또는 JPEG 파일 경로. 예: /media/usb/logo.png</translation>
    </message>
    <message>
        <source>Points offline per sale</source>
        <translation>오프라인 포인트 사용(판매당)</translation>
    </message>
    <message>
        <source>Points offline per day</source>
        <translation>오프라인 포인트 사용(하루)</translation>
    </message>
    <message>
        <source>Online order refund offline per return</source>
        <translation>오프라인 온라인 주문 환불(반품당)</translation>
    </message>
    <message>
        <source>Online order refunds offline per day</source>
        <translation>오프라인 온라인 주문 환불(하루)</translation>
    </message>
    <message>
        <source>Seconds to wait for the card terminal</source>
        <translation>카드 단말기 응답 대기 시간(초)</translation>
    </message>
    <message>
        <source>150 when empty</source>
        <translation>비워 두면 150</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Drop to safe</source>
        <translation>금고 입금</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>중간정산</translation>
    </message>
    <message>
        <source>Close shift with counted cash</source>
        <translation>센 현금으로 근무 마감</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>판매 없음 (돈통 열기)</translation>
    </message>
</context>
<context>
    <name>ShiftReportBuilder</name>
    <message>
        <source>The shift's figures are too large to add up</source>
        <translation>근무 집계 금액이 너무 커서 합산할 수 없어요</translation>
    </message>
</context>
<context>
    <name>ShiftRepository</name>
    <message>
        <source>The shift could not be opened: %1</source>
        <translation>근무를 시작하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The shift could not be read: %1</source>
        <translation>근무 정보를 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The cash movement could not be recorded: %1</source>
        <translation>입출금 내역을 기록하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The cash movements could not be read: %1</source>
        <translation>입출금 내역을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>A cash movement of an unknown kind is in the store</source>
        <translation>알 수 없는 종류의 입출금 내역이 저장되어 있어요</translation>
    </message>
    <message>
        <source>The shift's sales could not be read: %1</source>
        <translation>근무 중 판매 내역을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation>근무를 마감하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <source>X report of the open shift</source>
        <translation>진행 중인 근무의 X 리포트</translation>
    </message>
    <message>
        <source>Z %1</source>
        <translation>Z %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>판매 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation>과부족 %1</translation>
    </message>
    <message>
        <source>Older Z reports</source>
        <translation>이전 Z 리포트</translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation>Z 번호</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>단말기</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>캐셔</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>매출 합계</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>예상 현금</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>실제 현금</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>과부족</translation>
    </message>
    <message>
        <source>Check every Z report</source>
        <translation>모든 Z 리포트 검사</translation>
    </message>
    <message>
        <source>Touch a Z report to see it as printed.</source>
        <translation>Z 리포트를 누르면 인쇄된 그대로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>사본 인쇄</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
</context>
<context>
    <name>ShipToHomeForm</name>
    <message>
        <source>Ship to home for %1: confirm the address or type another</source>
        <translation>%1 님 택배 배송: 주소를 확인하거나 다른 주소를 입력하세요</translation>
    </message>
    <message>
        <source>Ship to home: identify the customer first</source>
        <translation>택배 배송: 먼저 고객을 확인해 주세요</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>배송지 주소</translation>
    </message>
    <message>
        <source>Ship to home</source>
        <translation>택배 배송</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>The till locked itself: enter your PIN</source>
        <translation>포스가 잠겼어요. PIN을 입력해 주세요</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>StaffAdministration</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>로그인한 직원이 없습니다.</translation>
    </message>
    <message>
        <source>%1 may look at the staff list; only a manager may change it.</source>
        <translation>%1 님은 직원 목록을 볼 수만 있습니다. 변경은 매니저만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>직원 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is the last active manager: make someone else a manager first.</source>
        <translation>%1 님은 마지막 활성 매니저입니다. 먼저 다른 직원을 매니저로 지정하세요.</translation>
    </message>
    <message>
        <source>A staff number is 1 to %1 digits.</source>
        <translation>직원 번호는 1~%1자리 숫자입니다.</translation>
    </message>
    <message>
        <source>Type the staff member's name.</source>
        <translation>직원 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Staff number %1 is already %2's.</source>
        <translation>직원 번호 %1은(는) 이미 %2 님이 사용 중입니다.</translation>
    </message>
    <message>
        <source>You cannot disable yourself: another manager must.</source>
        <translation>자기 자신은 비활성화할 수 없습니다. 다른 매니저가 해야 합니다.</translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation>역할 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>You cannot take away your own right to manage staff: another manager must.</source>
        <translation>자신의 직원 관리 권한은 뺄 수 없습니다. 다른 매니저가 해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 님은 잠겨 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff no.</source>
        <translation>직원 번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Touch a staff member to change them.</source>
        <translation>변경할 직원을 누르세요.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>새 PIN (4~8자리)</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN 재설정</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>Release lockout</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4~8자리)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The staff roles could not be read: %1</source>
        <translation>직원 역할 정보를 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation>직원 정보를 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>There is no staff member %1</source>
        <translation>사번(%1)에 해당하는 직원이 없어요</translation>
    </message>
    <message>
        <source>The staff record could not be saved: %1</source>
        <translation>직원 정보를 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <source>There is no such staff member</source>
        <translation>해당 직원이 없어요</translation>
    </message>
    <message>
        <source>A staff member needs a number and a name</source>
        <translation>직원의 사번과 이름을 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>StaffRequestClient</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Already resolved by %1</source>
        <translation>이미 처리됨: %1</translation>
    </message>
</context>
<context>
    <name>StaffRequestNotice</name>
    <message>
        <source>Resolve</source>
        <translation>처리</translation>
    </message>
</context>
<context>
    <name>StaffRequestResolveDialog</name>
    <message>
        <source>Resolve the kiosk's call</source>
        <translation>키오스크 호출 처리</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
    <name>StoredValueTender</name>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>기프트카드</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>기프트카드 번호</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>이 기간에는 없습니다</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>%1: %2, the oldest since %3</source>
        <translation>%1: %2건, 가장 오래된 기록 %3</translation>
    </message>
    <message>
        <source>Refused by the central store (%1)</source>
        <translation>본사 서버가 거부한 기록 (%1)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Last pull from the central store</source>
        <translation>본사 서버에서 마지막으로 받은 시각</translation>
    </message>
    <message>
        <source>last try failed: %1</source>
        <translation>마지막 시도 실패: %1</translation>
    </message>
    <message>
        <source>Coupons used twice</source>
        <translation>두 번 사용된 쿠폰</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>쿠폰 %1</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>이 포스: %1</translation>
    </message>
    <message>
        <source>Other till: %1</source>
        <translation>다른 포스: %1</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Receipt here</source>
        <translation>이 단말기 영수증</translation>
    </message>
    <message>
        <source>Other use</source>
        <translation>다른 사용</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보고 시각</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not linked to the central store</source>
        <translation>본사 서버에 연결되지 않음</translation>
    </message>
    <message>
        <source>Connecting to the central store</source>
        <translation>본사 서버에 연결 중</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Online, sending %1</source>
        <translation>온라인, %1건 전송 중</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>연결 느림</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1건 대기</translation>
    </message>
    <message>
        <source>oldest %1 min</source>
        <translation>가장 오래된 건 %1분</translation>
    </message>
    <message>
        <source>%1 refused by the central store</source>
        <translation>본사 서버가 %1건 거부</translation>
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
        <source>Unknown tax class "%1"</source>
        <translation>알 수 없는 과세 유형이에요: "%1"</translation>
    </message>
</context>
<context>
    <name>TokenEnvelope</name>
    <message>
        <source>The token would be too long (%1 characters)</source>
        <translation>토큰이 너무 깁니다(%1자)</translation>
    </message>
    <message>
        <source>This code is too long to be a %1</source>
        <translation>%1이라기에는 코드가 너무 깁니다</translation>
    </message>
    <message>
        <source>This is not a %1</source>
        <translation>%1이(가) 아닙니다</translation>
    </message>
    <message>
        <source>The %1 is damaged (it has no signature)</source>
        <translation>%1이(가) 손상되었습니다(서명 없음)</translation>
    </message>
    <message>
        <source>The %1 is damaged (it is not base64url)</source>
        <translation>%1이(가) 손상되었습니다(base64url 아님)</translation>
    </message>
    <message>
        <source>The %1 is damaged (its contents cannot be read)</source>
        <translation>%1이(가) 손상되었습니다(내용을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>The %1 was signed by an unknown key (%2); update the keys</source>
        <translation>%1이(가) 알 수 없는 키(%2)로 서명되었습니다: 키를 갱신하세요</translation>
    </message>
    <message>
        <source>The %1 is forged or altered (bad signature)</source>
        <translation>%1이(가) 위조되었거나 변경되었습니다(서명 불일치)</translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>The customer app code is damaged (its contents cannot be read)</source>
        <translation>고객 앱 코드가 손상됐어요(내용을 읽을 수 없어요)</translation>
    </message>
    <message>
        <source>The customer app code is not valid yet; check the phone's clock</source>
        <translation>아직 유효하지 않은 고객 앱 코드예요. 휴대폰 시계를 확인해 주세요</translation>
    </message>
    <message>
        <source>The customer app code has expired; ask the customer to refresh it</source>
        <translation>고객 앱 코드가 만료됐어요. 고객에게 새로고침을 요청해 주세요</translation>
    </message>
    <message>
        <source>customer app code</source>
        <translation>고객 앱 코드</translation>
    </message>
    <message>
        <source>online order code</source>
        <translation>온라인 주문 코드</translation>
    </message>
    <message>
        <source>The online order code is damaged (its contents cannot be read)</source>
        <translation>온라인 주문 코드가 손상되었습니다(내용을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>The online order code is not valid yet; check the phone's clock</source>
        <translation>온라인 주문 코드가 아직 유효하지 않습니다: 휴대폰 시계를 확인하세요</translation>
    </message>
    <message>
        <source>The online order code has expired</source>
        <translation>온라인 주문 코드가 만료되었습니다</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>쿠폰 코드</translation>
    </message>
    <message>
        <source>The coupon code is damaged (its contents cannot be read)</source>
        <translation>쿠폰 코드가 손상되었습니다(내용을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>This coupon is valid from %1</source>
        <translation>이 쿠폰은 %1부터 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>This coupon expired on %1</source>
        <translation>이 쿠폰은 %1에 만료되었습니다</translation>
    </message>
    <message>
        <source>This coupon was withdrawn by the central store: %1</source>
        <translation>중앙 서버에서 회수한 쿠폰입니다: %1</translation>
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
    <name>UsbFailure</name>
    <message>
        <source>USB printer %1 busy: claimed by the kernel's usblp driver</source>
        <translation>USB 프린터 %1 사용 중: 커널의 usblp 드라이버가 점유하고 있습니다</translation>
    </message>
    <message>
        <source>permission denied on %1: install the udev rules from packaging/</source>
        <translation>%1에 접근 권한이 없습니다: packaging/의 udev 규칙을 설치하세요</translation>
    </message>
    <message>
        <source>USB printer %1 busy: another program has claimed it</source>
        <translation>USB 프린터 %1 사용 중: 다른 프로그램이 점유하고 있습니다</translation>
    </message>
    <message>
        <source>USB printer %1 was unplugged: plug it in again; the receipt will print again</source>
        <translation>USB 프린터 %1이(가) 분리되었습니다: 다시 연결하면 영수증을 다시 인쇄합니다</translation>
    </message>
    <message>
        <source>There is no USB printer %1: check its cable and power</source>
        <translation>USB 프린터 %1이(가) 없습니다: 케이블과 전원을 확인하세요</translation>
    </message>
    <message>
        <source>USB printer %1 took only %2 of %3 bytes in %4 s: check its paper and cover</source>
        <translation>USB 프린터 %1이(가) %4초 동안 %3바이트 중 %2바이트만 받았습니다: 용지와 덮개를 확인하세요</translation>
    </message>
    <message>
        <source>USB printer %1 does not report its status: it may be off or its cable loose</source>
        <translation>USB 프린터 %1이(가) 상태를 알려 주지 않습니다: 꺼져 있거나 케이블이 헐거울 수 있습니다</translation>
    </message>
    <message>
        <source>USB printer %1 stalled: switch it off and on again</source>
        <translation>USB 프린터 %1이(가) 멈췄습니다: 껐다가 다시 켜세요</translation>
    </message>
    <message>
        <source>USB is not available on this till (%1)</source>
        <translation>이 계산대에서는 USB를 쓸 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>USB printer %1 failed (%2): unplug it and plug it in again</source>
        <translation>USB 프린터 %1 오류(%2): 분리했다가 다시 연결하세요</translation>
    </message>
</context>
<context>
    <name>UsbMonitor</name>
    <message>
        <source>USB printer %1 at %2%3</source>
        <translation>USB 프린터 %1 (%2)%3</translation>
    </message>
    <message>
        <source> (no status)</source>
        <translation> (상태 없음)</translation>
    </message>
</context>
<context>
    <name>UsbPrinterInterface</name>
    <message>
        <source>USB device %1 is not a printer: it has no printer-class interface with a bulk OUT endpoint.</source>
        <translation>USB 장치 %1은(는) 프린터가 아닙니다: bulk OUT 엔드포인트가 있는 프린터 클래스 인터페이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WedgeScanDetector</name>
    <message>
        <source>The scan held no data.</source>
        <translation>스캔된 데이터가 없어요.</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Weight in grams</source>
        <translation>무게(그램)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>ZReportArchive</name>
    <message>
        <source>The Z report could not be saved: %1</source>
        <translation>마감정산 내역을 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The Z report could not be read: %1</source>
        <translation>마감정산 내역을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>The Z reports could not be read: %1</source>
        <translation>마감정산 목록을 읽지 못했어요: %1</translation>
    </message>
    <message>
        <source>Z report %1 is missing</source>
        <translation>마감정산 %1 기록이 없어요</translation>
    </message>
    <message>
        <source>Z report %1 was altered</source>
        <translation>마감정산 %1 기록이 변조됐어요</translation>
    </message>
</context>
<context>
    <name>omnitill</name>
    <message>
        <source>The field "%1" must be a list of strings</source>
        <translation>"%1" 항목은 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>The field "%1" must be a whole number</source>
        <translation>"%1" 항목은 정수여야 합니다</translation>
    </message>
    <message>
        <source>The field "%1" must be a string</source>
        <translation>"%1" 항목은 문자열이어야 합니다</translation>
    </message>
</context>
<context>
    <name>omnitill::CameraScanner</name>
    <message>
        <source>No camera is connected.</source>
        <translation>연결된 카메라가 없습니다.</translation>
    </message>
    <message>
        <source>No camera named "%1"; connected: %2.</source>
        <translation>"%1" 카메라가 없습니다. 연결된 카메라: %2.</translation>
    </message>
    <message>
        <source>The camera %1 did not start: %2</source>
        <translation>카메라 %1이(가) 시작되지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>omnitill::CardPaymentService</name>
    <message>
        <source>A card payment is already in progress.</source>
        <translation>카드 결제가 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>There is no sale to pay.</source>
        <translation>결제할 판매가 없습니다.</translation>
    </message>
    <message>
        <source>A card payment must be more than nothing and no more than the balance.</source>
        <translation>카드 결제 금액은 0보다 크고 잔액 이하여야 합니다.</translation>
    </message>
    <message>
        <source>No card payment is waiting at the terminal.</source>
        <translation>단말기에서 기다리는 카드 결제가 없습니다.</translation>
    </message>
    <message>
        <source>A card payment that never reached the terminal was dropped.</source>
        <translation>단말기에 도달하지 못한 카드 결제를 취소했습니다.</translation>
    </message>
    <message>
        <source>The terminal has not said whether the card was charged. Ask it again before taking another payment.</source>
        <translation>단말기가 카드 승인 여부를 아직 알려 주지 않았습니다. 다른 결제를 받기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Declined: insufficient funds.</source>
        <translation>거절: 잔액 부족.</translation>
    </message>
    <message>
        <source>The card was removed too early. Please try again.</source>
        <translation>카드를 너무 일찍 뺐습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The card payment was cancelled.</source>
        <translation>카드 결제가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The terminal never received the card payment; nothing was charged.</source>
        <translation>단말기가 카드 결제를 받지 못했습니다. 청구된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>카드가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Partly approved: the rest of the balance is still to pay.</source>
        <translation>부분 승인: 남은 금액을 더 결제해야 합니다.</translation>
    </message>
    <message>
        <source>Card payment approved.</source>
        <translation>카드 결제가 승인되었습니다.</translation>
    </message>
    <message>
        <source>The sale had closed, so its card payment was reversed.</source>
        <translation>판매가 이미 종료되어 카드 결제를 취소했습니다.</translation>
    </message>
    <message>
        <source>Card payment approved offline: the terminal sends it to the bank when it is back online.</source>
        <translation>카드 결제가 오프라인으로 승인되었습니다. 단말기가 다시 연결되면 카드사로 전송합니다.</translation>
    </message>
    <message>
        <source>The terminal is offline and approved the card alone, but offline card payments are limited to %1 each: the payment was cancelled. Take it another way.</source>
        <translation>단말기가 오프라인 상태에서 단독으로 승인했지만, 오프라인 카드 결제는 건당 %1까지만 허용됩니다. 결제를 취소했습니다. 다른 방법으로 받아 주세요.</translation>
    </message>
    <message>
        <source>The terminal is offline and approved the card alone, but today's offline card payments would pass the limit of %1: the payment was cancelled. Take it another way.</source>
        <translation>단말기가 오프라인 상태에서 단독으로 승인했지만, 오늘 오프라인 카드 결제가 한도 %1을(를) 넘게 됩니다. 결제를 취소했습니다. 다른 방법으로 받아 주세요.</translation>
    </message>
    <message>
        <source>The card payment could not be reversed: %1</source>
        <translation>카드 결제를 취소할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>The terminal is asked again how the last card payment ended; pay once it has answered.</source>
        <translation>지난 카드 결제가 어떻게 끝났는지 단말기에 다시 묻고 있습니다. 답을 받은 뒤 결제하세요.</translation>
    </message>
</context>
<context>
    <name>omnitill::CardPaymentViewModel</name>
    <message>
        <source>Cards cannot be taken: %1</source>
        <translation>카드를 받을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Card payment recorded.</source>
        <translation>카드 결제를 기록했습니다.</translation>
    </message>
    <message>
        <source>%1 sent to the card terminal: the customer inserts, taps or swipes the card there.</source>
        <translation>%1을(를) 카드 단말기로 보냈습니다. 고객이 단말기에 카드를 꽂거나 대거나 긁어 주세요.</translation>
    </message>
    <message>
        <source>Cancelling at the card terminal…</source>
        <translation>카드 단말기에서 취소하는 중…</translation>
    </message>
    <message>
        <source>Asking the card terminal how the last card payment ended…</source>
        <translation>마지막 카드 결제가 어떻게 끝났는지 카드 단말기에 확인하는 중…</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time: asking it whether the card was charged…</source>
        <translation>카드 단말기가 제때 응답하지 않았습니다. 카드가 결제되었는지 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>omnitill::CardRefundService</name>
    <message>
        <source>The card terminal is busy with another payment or refund.</source>
        <translation>카드 단말기가 다른 결제나 환불을 처리하고 있습니다.</translation>
    </message>
    <message>
        <source>This return refunds no card.</source>
        <translation>이 반품은 카드로 환불하지 않습니다.</translation>
    </message>
    <message>
        <source>The card payment %1 is not one this till's terminal took: refund it on the terminal that did, or as store credit.</source>
        <translation>카드 결제 %1은(는) 이 계산대의 단말기에서 받은 결제가 아닙니다. 결제한 단말기에서 환불하거나 적립금으로 환불해 주세요.</translation>
    </message>
    <message>
        <source>A card refund that never reached the terminal was dropped.</source>
        <translation>단말기에 전달되지 않은 카드 환불을 취소했습니다.</translation>
    </message>
    <message>
        <source>The terminal has not said whether the card was refunded. The till asks again at the next start; do not refund this return another way meanwhile.</source>
        <translation>단말기가 카드 환불 여부를 알려 주지 않았습니다. 다음 시작 때 다시 확인하니, 그동안 이 반품을 다른 방법으로 환불하지 마세요.</translation>
    </message>
    <message>
        <source>The terminal refused the card refund (%1). Nothing was returned; refund as store credit instead?</source>
        <translation>단말기가 카드 환불을 거절했습니다(%1). 환불된 금액은 없습니다. 대신 적립금으로 환불할까요?</translation>
    </message>
    <message>
        <source>The card was refunded but the return could not be saved: %1</source>
        <translation>카드는 환불되었지만 반품을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation>카드로 환불했습니다.</translation>
    </message>
    <message>
        <source>This sale has no exchange.</source>
        <translation>이 판매에는 교환이 없습니다.</translation>
    </message>
    <message>
        <source>The new items are not paid yet.</source>
        <translation>새 상품의 결제가 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>The exchange these card refunds belong to is not on screen: it completes only there.</source>
        <translation>이 카드 환불이 속한 교환이 화면에 없습니다. 교환은 그 화면에서만 완료됩니다.</translation>
    </message>
    <message>
        <source>Another return of this sale has cards refunded and waits for the rest: choose the same items and refund them again to finish it first.</source>
        <translation>이 판매의 다른 반품에서 일부 카드가 이미 환불되어 나머지를 기다리고 있습니다. 같은 상품을 선택해 다시 환불하여 먼저 마무리하세요.</translation>
    </message>
    <message>
        <source>The card payment %1 paid less than this refund.</source>
        <translation>카드 결제 %1의 금액이 이 환불액보다 적습니다.</translation>
    </message>
    <message>
        <source>The card payment %1 is not one this till's terminal took.</source>
        <translation>카드 결제 %1은(는) 이 계산대의 단말기에서 받은 결제가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>The terminal refused the refund to one card (%1); %n other card(s) of this return are refunded. Refund the same items again to try that card again.</source>
        <translation>
            <numerusform>단말기가 카드 한 장의 환불을 거절했습니다(%1). 이 반품의 다른 카드 %n장은 환불되었습니다. 같은 상품을 다시 환불하면 그 카드를 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunded to %n cards.</source>
        <translation>
            <numerusform>카드 %n장으로 환불했습니다.</numerusform>
        </translation>
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
    <name>omnitill::CashReceiptViewModel</name>
    <message>
        <source>Cash receipt (%1) %2</source>
        <translation>현금영수증 (%1) %2</translation>
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
        <source>Sale parked: resume it from the parked sales</source>
        <translation>거래를 보류했어요. 보류 목록에서 다시 불러올 수 있어요</translation>
    </message>
    <message>
        <source>Parked sale resumed</source>
        <translation>보류한 거래를 불러왔어요</translation>
    </message>
    <message>
        <source>There is no receipt to print again yet</source>
        <translation>아직 다시 인쇄할 영수증이 없어요</translation>
    </message>
    <message>
        <source>A copy of the receipt is printing</source>
        <translation>영수증 사본을 인쇄하고 있어요</translation>
    </message>
    <message>
        <source>The gift receipt is printing</source>
        <translation>선물 영수증을 인쇄하고 있어요</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>가격을 변경했어요</translation>
    </message>
    <message>
        <source>Discount applied</source>
        <translation>할인을 적용했어요</translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and type the weight</source>
        <translation>%1은(는) 무게로 팝니다: 무게를 달아 입력하세요</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>메모 삭제됨</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>메모 저장됨</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>상품 %1</translation>
    </message>
    <message>
        <source>weighed or priced label %1</source>
        <translation>중량·가격 라벨 %1</translation>
    </message>
    <message>
        <source>GS1 product %1</source>
        <translation>GS1 상품 %1</translation>
    </message>
    <message>
        <source>customer app code</source>
        <translation>고객 앱 코드</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>쿠폰 코드</translation>
    </message>
    <message>
        <source>online order code</source>
        <translation>온라인 주문 코드</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>A customer's app code was scanned, but this till cannot look customers up.</source>
        <translation>고객 앱 코드를 스캔했지만 이 계산대는 고객을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>A coupon was scanned, but this till cannot redeem coupons.</source>
        <translation>쿠폰을 스캔했지만 이 계산대는 아직 쿠폰을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>An online order was scanned, but this till cannot hand out orders.</source>
        <translation>온라인 주문을 스캔했지만 이 계산대는 아직 주문을 전달할 수 없습니다.</translation>
    </message>
    <message>
        <source>A receipt was scanned: open Returns to take goods back.</source>
        <translation>영수증을 스캔했습니다: 반품 탭을 열어 처리하세요.</translation>
    </message>
    <message>
        <source>A loyalty card was swiped, but this till cannot look customers up.</source>
        <translation>멤버십 카드를 읽었지만 이 포스에서는 고객을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Gift cards: scan at Pay</source>
        <translation>상품권 카드: 결제 화면에서 스캔하세요</translation>
    </message>
    <message>
        <source>A staff card signs in and approves; it does not belong to a sale</source>
        <translation>직원 카드는 로그인과 승인에 쓰며 판매에는 쓰지 않습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogSyncViewModel</name>
    <message>
        <source>products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>Asking the central store for the catalog's changes…</source>
        <translation>중앙 서버에 카탈로그 변경 내용을 묻는 중…</translation>
    </message>
    <message>
        <source>Now %1. So far %2 pages, %3 changes kept.</source>
        <translation>지금 %1. 지금까지 %2페이지, 변경 %3건 반영.</translation>
    </message>
    <message>
        <source>This till is not enrolled with a central store: there is nothing to pull from.</source>
        <translation>이 단말기는 중앙 서버에 등록되어 있지 않아 받아올 곳이 없습니다.</translation>
    </message>
    <message>
        <source>A pull was under way already; it is shown here.</source>
        <translation>이미 받아오는 중이었습니다. 그 진행 상황을 여기에 보여 줍니다.</translation>
    </message>
    <message>
        <source>The catalog pull failed after %1 pages (%2 changes kept); the table below says why.</source>
        <translation>카탈로그 받아오기가 %1페이지 후 실패했습니다(변경 %2건 반영). 아래 표에 이유가 있습니다.</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages: %2 changes kept. The next pull goes on from there.</source>
        <translation>%1페이지 후 취소했습니다: 변경 %2건은 반영된 채 남습니다. 다음 받아오기는 거기서 이어집니다.</translation>
    </message>
    <message>
        <source>The catalog is up to date: %1 pages, %2 changes applied.</source>
        <translation>카탈로그가 최신입니다: %1페이지, 변경 %2건 반영.</translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogViewModel</name>
    <message>
        <source>The catalog is empty.</source>
        <translation>등록된 상품이 없습니다.</translation>
    </message>
    <message>
        <source>No product matches %1.</source>
        <translation>%1에 맞는 상품이 없습니다.</translation>
    </message>
    <message>
        <source>Type the path of a catalog file (CSV) first.</source>
        <translation>먼저 상품 파일(CSV)의 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>Import cancelled: the catalog is as it was.</source>
        <translation>가져오기를 취소했습니다. 상품 목록은 그대로입니다.</translation>
    </message>
    <message>
        <source>Problems found: %1, the first %2 listed.</source>
        <translation>문제 %1건, 처음 %2건을 표시합니다.</translation>
    </message>
    <message>
        <source>Problems found: %1.</source>
        <translation>문제 %1건.</translation>
    </message>
    <message>
        <source>Nothing was imported; fix the file and import it again.</source>
        <translation>아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Products imported: %1.</source>
        <translation>가져온 상품: %1개.</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Nothing was exported: there is no export folder.</source>
        <translation>내보낸 것이 없습니다: 내보내기 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>내보낸 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>Products exported: %1, saved as %2</source>
        <translation>내보낸 상품: %1개, 저장 위치 %2</translation>
    </message>
</context>
<context>
    <name>omnitill::CentralAccount</name>
    <message>
        <source>"%1" is not the address of a central store (http://… or https://…)</source>
        <translation>"%1"은(는) 본사 서버 주소가 아닙니다(http://… 또는 https://…)</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>등록 실패: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::CentralClient</name>
    <message>
        <source>The central store did not answer within %1 s</source>
        <translation>본사 서버가 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1</source>
        <translation>본사 서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The central store answered %1</source>
        <translation>본사 서버 응답: %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>The till's clock is %1 ahead of the central store's; check the till's time setting</source>
        <translation>이 포스의 시계가 중앙 서버보다 %1 빠릅니다. 포스의 시간 설정을 확인하세요</translation>
    </message>
    <message>
        <source>The till's clock is %1 behind the central store's; check the till's time setting</source>
        <translation>이 포스의 시계가 중앙 서버보다 %1 느립니다. 포스의 시간 설정을 확인하세요</translation>
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
    <message>
        <source>Open a shift before selling</source>
        <translation>판매하려면 먼저 근무를 시작해 주세요</translation>
    </message>
    <message>
        <source>This sale has no exchange: take payment as usual</source>
        <translation>이 판매에는 교환이 없습니다: 평소대로 결제하세요</translation>
    </message>
    <message>
        <source>This till takes no exchanges</source>
        <translation>이 계산대는 교환을 받지 않습니다</translation>
    </message>
    <message>
        <source>Card payments go through the card terminal</source>
        <translation>카드 결제는 카드 단말기로 진행합니다</translation>
    </message>
    <message>
        <source>A card payment needs the terminal's reference</source>
        <translation>카드 결제에는 단말기 승인 번호가 필요합니다</translation>
    </message>
    <message>
        <source>Scan the items first: a coupon is checked against the basket</source>
        <translation>먼저 상품을 스캔해 주세요: 쿠폰은 장바구니 기준으로 확인합니다</translation>
    </message>
</context>
<context>
    <name>omnitill::CouponDoubleUses</name>
    <message>
        <source>The list of coupons used twice is kept by the central store, which cannot be reached: try again when the till is back online (%1)</source>
        <translation>두 번 사용된 쿠폰 목록은 중앙 서버에 있는데, 지금 연결할 수 없습니다. 계산대가 다시 온라인이 되면 다시 시도하세요 (%1)</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>sale %1 (not yet received)</source>
        <translation>판매 %1 (아직 수신되지 않음)</translation>
    </message>
    <message>
        <source>%1 at %2 (%3), %4</source>
        <translation>%2 (%3)의 %1, %4</translation>
    </message>
    <message>
        <source>Coupon %1 used twice: %2; first used on %3</source>
        <translation>쿠폰 %1 이중 사용: %2; 처음 사용: %3</translation>
    </message>
</context>
<context>
    <name>omnitill::CouponEvaluation</name>
    <message>
        <source>Another coupon of the group "%1" is already on this sale</source>
        <translation>"%1" 그룹의 다른 쿠폰이 이미 적용되어 있습니다</translation>
    </message>
    <message>
        <source>This coupon is in %1 and the sale in %2</source>
        <translation>이 쿠폰은 %1, 판매는 %2 통화입니다</translation>
    </message>
    <message>
        <source>Minimum spend %1 not reached: %2 more</source>
        <translation>최소 구매 금액 %1 미달: %2 더 필요합니다</translation>
    </message>
    <message>
        <source>Nothing in the basket is covered by this coupon</source>
        <translation>장바구니에 이 쿠폰이 적용되는 상품이 없습니다</translation>
    </message>
    <message>
        <source>Buy %1 get %2 needs %3 items the coupon covers: the basket has %4</source>
        <translation>%1+%2 쿠폰에는 적용 상품 %3개가 필요합니다: 장바구니에는 %4개 있습니다</translation>
    </message>
    <message>
        <source>This voucher is for %1, which is not in the basket</source>
        <translation>이 교환권은 %1용인데 장바구니에 없습니다</translation>
    </message>
    <message>
        <source>This coupon saves nothing on this basket</source>
        <translation>이 장바구니에서는 이 쿠폰으로 할인되는 금액이 없습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::CouponRule</name>
    <message>
        <source>The coupon gives nothing</source>
        <translation>혜택이 없는 쿠폰입니다</translation>
    </message>
    <message>
        <source>A coupon cannot take off more than 100%</source>
        <translation>쿠폰 할인은 100%를 넘을 수 없습니다</translation>
    </message>
    <message>
        <source>An amount needs a known currency, not "%1"</source>
        <translation>금액에는 알려진 통화가 필요합니다("%1" 아님)</translation>
    </message>
    <message>
        <source>A minimum spend cannot be negative</source>
        <translation>최소 구매 금액은 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>Buy and get quantities must be between 1 and 99</source>
        <translation>구매·증정 수량은 1에서 99 사이여야 합니다</translation>
    </message>
    <message>
        <source>A free-item voucher names one product and gives 1 to 99 of it</source>
        <translation>상품 교환권은 상품 하나를 정하고 1개에서 99개까지 줍니다</translation>
    </message>
    <message>
        <source>A coupon is percent, amount, buyGet or freeItem, not "%1"</source>
        <translation>쿠폰 종류는 percent, amount, buyGet, freeItem 중 하나입니다("%1" 아님)</translation>
    </message>
</context>
<context>
    <name>omnitill::CouponService</name>
    <message>
        <source>Coupons need the central store; try again or sell without it (%1)</source>
        <translation>쿠폰은 본사 서버가 필요합니다. 다시 시도하거나 쿠폰 없이 판매해 주세요 (%1)</translation>
    </message>
    <message>
        <source>This coupon has already been used, in this or another store</source>
        <translation>이미 사용된 쿠폰입니다 (이 매장 또는 다른 매장)</translation>
    </message>
    <message>
        <source>Another till is using this coupon right now: it must finish or void that sale first</source>
        <translation>다른 계산대에서 이 쿠폰을 사용 중입니다: 그 판매를 끝내거나 취소해야 합니다</translation>
    </message>
    <message>
        <source>This coupon has expired</source>
        <translation>유효기간이 지난 쿠폰입니다</translation>
    </message>
    <message>
        <source>This coupon is not valid yet</source>
        <translation>아직 사용할 수 없는 쿠폰입니다</translation>
    </message>
    <message>
        <source>This coupon belongs to another customer</source>
        <translation>다른 고객의 쿠폰입니다</translation>
    </message>
    <message>
        <source>The central store no longer knows this coupon: it was withdrawn</source>
        <translation>본사 서버에 없는 쿠폰입니다: 회수된 쿠폰입니다</translation>
    </message>
    <message>
        <source>The sale changed while the coupon was being reserved: scan it again</source>
        <translation>쿠폰을 예약하는 동안 판매가 바뀌었습니다: 다시 스캔해 주세요</translation>
    </message>
    <message>
        <source>The sale changed while the coupon was being checked: scan it again</source>
        <translation>쿠폰을 확인하는 동안 판매가 바뀌었습니다. 다시 스캔하세요</translation>
    </message>
    <message>
        <source>This coupon is on a parked sale: finish or void that sale first, or sell without it</source>
        <translation>이 쿠폰은 보류된 판매에 적용되어 있습니다. 그 판매를 먼저 완료하거나 취소하거나, 쿠폰 없이 판매하세요</translation>
    </message>
    <message>
        <source>The central store did not redeem coupon %1 of this sale: %2</source>
        <translation>중앙 서버가 이 판매의 쿠폰 %1을(를) 사용 처리하지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>omnitill::CouponsViewModel</name>
    <message>
        <source>%1% off</source>
        <translation>%1% 할인</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 할인</translation>
    </message>
    <message>
        <source>Buy %1 get %2</source>
        <translation>%1+%2</translation>
    </message>
    <message>
        <source>%1 × %2 free</source>
        <translation>%1 × %2 무료</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, %2 이상 구매 시</translation>
    </message>
    <message>
        <source>Coupon applied: %1</source>
        <translation>쿠폰 적용: %1</translation>
    </message>
    <message>
        <source>Coupon %1 removed</source>
        <translation>쿠폰 %1 제거됨</translation>
    </message>
    <message>
        <source>Coupon accepted offline: %1. The central store checks it when the till is back online</source>
        <translation>오프라인으로 쿠폰을 받았습니다: %1. 계산대가 다시 온라인이 되면 중앙 서버가 확인합니다</translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerDisplayFeed</name>
    <message>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>어서 오세요</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 금액</translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerLookup</name>
    <message>
        <source>Scan the customer's app code, or type their loyalty or phone number</source>
        <translation>고객 앱 코드를 스캔하거나 멤버십 번호·전화번호를 입력하세요</translation>
    </message>
    <message>
        <source>This app code was already used: ask the customer to show a fresh one</source>
        <translation>이미 사용된 앱 코드입니다: 고객에게 새 코드를 보여 달라고 하세요</translation>
    </message>
    <message>
        <source>No customer has that number</source>
        <translation>그 번호의 고객이 없습니다</translation>
    </message>
    <message>
        <source>The central store does not know this customer</source>
        <translation>본사 서버에 없는 고객입니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached and this customer is not among those the till keeps for offline use: scan the customer's app code instead, or sell without the customer (%1)</source>
        <translation>중앙 서버에 연결할 수 없고, 이 고객은 오프라인용으로 저장된 고객 목록에 없습니다. 고객 앱 코드를 스캔하거나 고객 없이 판매하세요 (%1)</translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerViewModel</name>
    <message>
        <source>%1 member · known from the app code only (central store unreachable)</source>
        <translation>%1 회원 · 앱 코드로만 확인됨(본사 서버 연결 안 됨)</translation>
    </message>
    <message>
        <source>%1 · %2 · %L3 points</source>
        <translation>%1 · %2 · %L3포인트</translation>
    </message>
    <message>
        <source>Sizes: %1</source>
        <translation>사이즈: %1</translation>
    </message>
    <message>
        <source>Wishlist: %1</source>
        <translation>위시리스트: %1</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>메모(%1): %2</translation>
    </message>
    <message>
        <source>Online order %1: %2</source>
        <translation>온라인 주문 %1: %2</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>고객을 조회하는 중…</translation>
    </message>
    <message>
        <source>Customer attached: member prices apply</source>
        <translation>고객 연결됨: 회원가가 적용됩니다</translation>
    </message>
    <message>
        <source>Customer removed from the sale</source>
        <translation>판매에서 고객을 해제했습니다</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>픽업 준비 완료</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>수령 완료</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>배송됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>not collected in time</source>
        <translation>수령 기한 지남</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>%1 님, 안녕하세요</translation>
    </message>
    <message>
        <source>Hello, %1 · %L2 points</source>
        <translation>%1 님, 안녕하세요 · %L2 포인트</translation>
    </message>
    <message>
        <source>%1 · %2 · %L3 points as of %4 (offline: from this till's customer list)</source>
        <translation>%1 · %2 · %4 기준 %L3 포인트 (오프라인: 이 계산대의 고객 목록)</translation>
    </message>
    <message>
        <source>Offline: customer attached from this till's customer list; member prices apply, points are as of %1 and new points wait for the central store</source>
        <translation>오프라인: 이 계산대의 고객 목록에서 고객을 연결했습니다. 회원가가 적용되며, 포인트는 %1 기준이고 새 포인트는 중앙 서버 연결 후 적립됩니다</translation>
    </message>
    <message>
        <source>Offline: customer attached from the app code; member prices apply, points wait for the central store</source>
        <translation>오프라인: 앱 코드로 고객을 연결했습니다. 회원가가 적용되며, 포인트는 중앙 서버 연결 후 처리됩니다</translation>
    </message>
</context>
<context>
    <name>omnitill::DashboardViewModel</name>
    <message>
        <source>Give both days as year-month-day, e.g. %1</source>
        <translation>두 날짜를 연-월-일로 입력하세요 (예: %1)</translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <translation>기간의 끝이 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>로그인한 직원 없음</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>%1 대비</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>%1 ~ %2 대비</translation>
    </message>
    <message>
        <source>Week before: %1</source>
        <translation>전주: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>영수증 수</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>객단가</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation>사용된 쿠폰</translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation>%1건, 할인 %2</translation>
    </message>
    <message>
        <source>Online pickups here</source>
        <translation>이 매장 온라인 주문 픽업</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1건 (%2개)</translation>
    </message>
    <message>
        <source>Online returns here</source>
        <translation>이 매장 온라인 주문 반품</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>결제 수단별</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>계산원별</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>많이 팔린 상품</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>시간대별 매출</translation>
    </message>
</context>
<context>
    <name>omnitill::Device</name>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>점유됨</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>The device %1 is %2; it must be %3 first.</source>
        <translation>장치 %1은(는) %2 상태입니다: 먼저 %3 상태여야 합니다.</translation>
    </message>
    <message>
        <source>The device %1 has no address in the device configuration.</source>
        <translation>장치 설정에 장치 %1의 주소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>omnitill::DeviceFileReader</name>
    <message>
        <source>Cannot read %1: permission denied. Install the udev rules from packaging/ and add the till's user to the group they name.</source>
        <translation>%1을(를) 읽을 수 없습니다: 권한이 없습니다. packaging/의 udev 규칙을 설치하고 계산대 사용자를 해당 그룹에 추가하세요.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The device closed.</source>
        <translation>장치가 닫혔습니다.</translation>
    </message>
    <message>
        <source>The device stopped answering: %1</source>
        <translation>장치가 응답하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::DeviceManager</name>
    <message>
        <source>No plugin provides the device family "%1": is the plugin installed?</source>
        <translation>장치 계열 "%1"을(를) 제공하는 플러그인이 없습니다: 플러그인이 설치되어 있나요?</translation>
    </message>
    <message>
        <source>The plugin %1 cannot be loaded: %2</source>
        <translation>플러그인 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omnitill::DevicesViewModel</name>
    <message>
        <source>receipt printer, %1</source>
        <translation>영수증 프린터, %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>detected over %1</source>
        <translation>%1(으)로 감지됨</translation>
    </message>
    <message>
        <source>not in devices.json</source>
        <translation>devices.json에 없음</translation>
    </message>
    <message>
        <source>device configuration</source>
        <translation>장치 설정</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>읽지 못함</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>만들지 못함</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>작동 안 함</translation>
    </message>
    <message>
        <source>Test page sent to the receipt printer.</source>
        <translation>영수증 프린터로 테스트 페이지를 보냈습니다.</translation>
    </message>
    <message>
        <source>No line display is configured.</source>
        <translation>설정된 고객 표시기가 없습니다.</translation>
    </message>
    <message>
        <source>Display test</source>
        <translation>표시기 테스트</translation>
    </message>
    <message>
        <source>Test lines sent to the line display.</source>
        <translation>고객 표시기로 테스트 문구를 보냈습니다.</translation>
    </message>
    <message>
        <source>Looking for devices again.</source>
        <translation>장치를 다시 찾는 중입니다.</translation>
    </message>
</context>
<context>
    <name>omnitill::EvdevScannerReader</name>
    <message>
        <source>The scanner %1 cannot be taken for the till alone (another program holds it?): %2</source>
        <translation>스캐너 %1을(를) 계산대 전용으로 잡을 수 없습니다(다른 프로그램이 사용 중?): %2</translation>
    </message>
</context>
<context>
    <name>omnitill::ExchangeViewModel</name>
    <message>
        <source>Exchange credit %1 (receipt %2)</source>
        <translation>교환 금액 %1 (영수증 %2)</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>환불할 금액: %1</translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation>카드 %1 (%2)</translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation>현금 %1</translation>
    </message>
    <message>
        <source>Refund %1: %2</source>
        <translation>%1 환불: %2</translation>
    </message>
    <message>
        <source>Exchange completed</source>
        <translation>교환 완료</translation>
    </message>
    <message>
        <source>Store credit taken</source>
        <translation>적립금 사용됨</translation>
    </message>
    <message>
        <source>Refund sent to the card terminal: the exchange completes once the card is refunded.</source>
        <translation>환불을 카드 단말기로 보냈습니다. 카드가 환불되면 교환이 완료됩니다.</translation>
    </message>
</context>
<context>
    <name>omnitill::ExportsViewModel</name>
    <message>
        <source>Saved as %1</source>
        <translation>%1(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>there is no table to export</source>
        <translation>내보낼 표가 없습니다</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::HidrawMsrReader</name>
    <message>
        <source>That card swipe is longer than any card's tracks</source>
        <translation>카드 판독 내용이 어떤 카드의 트랙보다도 깁니다</translation>
    </message>
</context>
<context>
    <name>omnitill::JournalViewModel</name>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>A receipt number is digits only, like 1024.</source>
        <translation>영수증 번호는 1024처럼 숫자만 입력합니다.</translation>
    </message>
    <message>
        <source>Type days as year-month-day, like 2026-11-26.</source>
        <translation>날짜는 2026-11-26처럼 연-월-일로 입력하세요.</translation>
    </message>
    <message>
        <source>The amount %1 is not an amount of money.</source>
        <translation>%1은(는) 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>No receipt matches.</source>
        <translation>일치하는 영수증이 없습니다.</translation>
    </message>
    <message>
        <source>A copy of receipt %1 is printing.</source>
        <translation>영수증 %1 사본을 인쇄하고 있습니다.</translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation>영수증 기록을 검사하고 있습니다…</translation>
    </message>
    <message>
        <source>Check stopped after %1 receipts; nothing is known of the rest.</source>
        <translation>영수증 %1건까지 검사하고 중단했습니다. 나머지는 검사되지 않았습니다.</translation>
    </message>
    <message>
        <source>The journal could not be checked: %1</source>
        <translation>영수증 기록을 검사할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The journal is broken at receipt %1: %2. Receipts before it are intact.</source>
        <translation>영수증 %1에서 기록이 손상되었습니다: %2. 그 앞의 영수증은 온전합니다.</translation>
    </message>
    <message>
        <source>All %1 receipts are intact: every one is as it was written, none is missing.</source>
        <translation>영수증 %1건 모두 온전합니다. 기록된 그대로이며 빠진 영수증이 없습니다.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
</context>
<context>
    <name>omnitill::KioskViewModel</name>
    <message>
        <source>A coupon needs a staff member: %1</source>
        <translation>쿠폰 확인에 직원이 필요합니다: %1</translation>
    </message>
    <message>
        <source>This item is not sold here any more</source>
        <translation>이 상품은 더 이상 판매하지 않습니다</translation>
    </message>
    <message>
        <source>A staff member is on the way</source>
        <translation>직원이 곧 도와드립니다</translation>
    </message>
    <message>
        <source>Cancelled at the kiosk</source>
        <translation>키오스크에서 취소됨</translation>
    </message>
    <message>
        <source>Finish or cancel the sale before closing the kiosk</source>
        <translation>키오스크를 닫기 전에 판매를 완료하거나 취소하세요</translation>
    </message>
    <message>
        <source>Payment has started: ask a staff member to add more</source>
        <translation>결제가 시작되었습니다: 상품을 더 추가하려면 직원에게 요청하세요</translation>
    </message>
    <message>
        <source>This item could not be scanned: a staff member will help</source>
        <translation>이 상품을 스캔할 수 없습니다: 직원이 도와드립니다</translation>
    </message>
    <message>
        <source>Left at the kiosk</source>
        <translation>키오스크에 두고 감</translation>
    </message>
    <message>
        <source>%1 is sold only to adults: a staff member will check your ID</source>
        <translation>%1은(는) 성인에게만 판매합니다: 직원이 신분증을 확인합니다</translation>
    </message>
    <message>
        <source>The payment did not go through: %1</source>
        <translation>결제가 완료되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The kiosk was open before the restart, but cannot open again by itself: %1</source>
        <translation>키오스크가 재시작 전에 열려 있었지만 스스로 다시 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>처리됨: %1</translation>
    </message>
    <message>
        <source>The card terminal has not confirmed your payment yet. You will not be charged twice: a staff member is on the way.</source>
        <translation>카드 단말기가 아직 결제를 확인하지 않았습니다. 두 번 결제되지 않습니다. 직원이 곧 도와드립니다.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time, so your card was not charged. A staff member is on the way.</source>
        <translation>카드 단말기가 제때 응답하지 않아 카드는 결제되지 않았습니다. 직원이 곧 도와드립니다.</translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrderClient</name>
    <message>
        <source>Scan the customer's order code, or type the order number</source>
        <translation>고객의 주문 코드를 스캔하거나 주문번호를 입력하세요</translation>
    </message>
    <message>
        <source>No online order has the number %1</source>
        <translation>주문번호 %1인 온라인 주문이 없습니다</translation>
    </message>
    <message>
        <source>The central store sent an order the till cannot read</source>
        <translation>본사 시스템이 보낸 주문을 계산대가 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Order %1 is delivered to the customer's address, not collected in store</source>
        <translation>주문 %1은(는) 매장 수령이 아니라 고객 주소로 배송됩니다</translation>
    </message>
    <message>
        <source>Order %1 was already collected</source>
        <translation>주문 %1은(는) 이미 수령되었습니다</translation>
    </message>
    <message>
        <source>Order %1 was cancelled</source>
        <translation>주문 %1은(는) 취소되었습니다</translation>
    </message>
    <message>
        <source>Order %1 was not collected in time: its pickup window ended %2</source>
        <translation>주문 %1은(는) 수령 기한이 지났습니다: 기한은 %2에 끝났습니다</translation>
    </message>
    <message>
        <source>Order %1 is not ready for pickup yet</source>
        <translation>주문 %1은(는) 아직 수령 준비가 되지 않았습니다</translation>
    </message>
    <message>
        <source>Order %1 is collected at store %2</source>
        <translation>주문 %1은(는) %2 매장에서 수령합니다</translation>
    </message>
    <message>
        <source>Order %1 was not collected in time</source>
        <translation>주문 %1은(는) 수령 기한이 지났습니다</translation>
    </message>
    <message>
        <source>Order %1 is no longer waiting for pickup: it was collected or cancelled</source>
        <translation>주문 %1은(는) 더 이상 수령 대기 중이 아닙니다: 이미 수령되었거나 취소되었습니다</translation>
    </message>
    <message>
        <source>Order %1 changed since the customer's code was made: find it by its number</source>
        <translation>고객의 코드가 만들어진 뒤 주문 %1이(가) 변경되었습니다: 주문번호로 찾으세요</translation>
    </message>
    <message>
        <source>Order %1 is collected at another store</source>
        <translation>주문 %1은(는) 다른 매장에서 수령합니다</translation>
    </message>
    <message>
        <source>Refused by the central store: %1</source>
        <translation>본사 시스템이 거절했습니다: %1</translation>
    </message>
    <message>
        <source>%1: the list of orders ready here needs the central store; an order ready here can still be found by its code or number</source>
        <translation>%1: 픽업 준비된 주문 목록은 중앙 서버가 필요합니다. 이 매장의 준비된 주문은 주문 코드나 번호로 찾을 수 있습니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and order %1 is not among the orders this till keeps for offline pickup: hand it over once the central store is back</source>
        <translation>중앙 서버에 연결할 수 없고, 주문 %1은(는) 이 계산대가 오프라인 픽업용으로 저장한 주문이 아닙니다. 중앙 서버가 다시 연결되면 전달하세요</translation>
    </message>
    <message>
        <source>The order cannot be read</source>
        <translation>주문을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Line %1 has %2 to hand over, not %3</source>
        <translation>%1번 항목은 %3개가 아니라 %2개를 전달할 수 있습니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached, so online order %1 cannot be looked up, handed over or returned now; nothing was handed over or refunded. Try again when the till is back online, or note the order number and ask the customer to come back</source>
        <translation>중앙 서버에 연결할 수 없어 온라인 주문 %1을(를) 지금 조회, 인도 또는 반품할 수 없습니다. 인도되거나 환불된 것은 없습니다. 계산대가 다시 온라인이 되면 다시 시도하거나, 주문 번호를 적어 두고 고객에게 다시 방문해 달라고 안내하세요</translation>
    </message>
    <message>
        <source>%1. Offline the till knows only the orders that were ready here when it last heard from the central store, and %2 is not one of them: nothing was handed over. Note the order number and ask the customer to come back once the till is online again</source>
        <translation>%1. 오프라인에서는 중앙 매장과 마지막으로 연결되었을 때 이 매장에 준비되어 있던 주문만 알 수 있으며, %2은(는) 그중에 없습니다. 아무것도 인계되지 않았습니다. 주문 번호를 적어 두고 계산대가 다시 온라인이 되면 고객에게 다시 방문해 달라고 안내하세요</translation>
    </message>
    <message>
        <source>Order %1 was handed over or taken back here while the till was offline, and the central store has not heard of it yet: wait a minute and open the order again</source>
        <translation>주문 %1은(는) 단말기가 오프라인일 때 여기서 인도되었거나 반품되었고, 중앙 서버가 아직 그 사실을 받지 못했습니다: 잠시 기다린 후 주문을 다시 여세요</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and a refund to the original online payment needs it: nothing was taken back. Refund in cash or as store credit where the store allows it, or note order %1 and ask the customer to come back once the till is online again</source>
        <translation>중앙 서버에 연결할 수 없는데, 원래 온라인 결제 수단으로의 환불에는 중앙 서버가 필요합니다: 아무것도 반품되지 않았습니다. 매장이 허용하는 경우 현금이나 적립금으로 환불하거나, 주문 %1을(를) 메모해 두고 단말기가 다시 온라인이 되면 고객에게 다시 방문해 달라고 요청하세요</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and order %1 is not among the orders this till keeps for offline work: nothing was taken back or refunded. Note the order number and ask the customer to come back once the till is online again</source>
        <translation>중앙 서버에 연결할 수 없고, 주문 %1은(는) 이 단말기가 오프라인 작업용으로 보관하는 주문에 없습니다: 아무것도 반품되거나 환불되지 않았습니다. 주문 번호를 메모해 두고 단말기가 다시 온라인이 되면 고객에게 다시 방문해 달라고 요청하세요</translation>
    </message>
    <message>
        <source>Line %1 can take back %2, not %3</source>
        <translation>%1번 줄은 %3개가 아니라 %2개까지 반품할 수 있습니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and this store takes no online-order returns offline: nothing was taken back. Note order %1 and ask the customer to come back once the till is online again</source>
        <translation>중앙 서버에 연결할 수 없고, 이 매장은 오프라인에서 온라인 주문 반품을 받지 않습니다: 아무것도 반품되지 않았습니다. 주문 %1을(를) 메모해 두고 단말기가 다시 온라인이 되면 고객에게 다시 방문해 달라고 요청하세요</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and offline an online-order return refunds at most %1; this one comes to %2: nothing was taken back. Take back fewer items now, or ask the customer to come back once the till is online again</source>
        <translation>중앙 서버에 연결할 수 없고, 오프라인에서는 온라인 주문 반품 한 건에 최대 %1까지 환불할 수 있는데 이번 반품은 %2입니다: 아무것도 반품되지 않았습니다. 지금은 더 적은 상품만 반품하거나, 단말기가 다시 온라인이 되면 고객에게 다시 방문해 달라고 요청하세요</translation>
    </message>
    <message>
        <source>The central store cannot be reached, and today's offline online-order refunds would pass the limit of %1 (%2 so far): nothing was taken back. Ask the customer to come back once the till is online again</source>
        <translation>중앙 서버에 연결할 수 없고, 오늘 오프라인 온라인 주문 환불이 한도 %1을(를) 넘게 됩니다(지금까지 %2): 아무것도 반품되지 않았습니다. 단말기가 다시 온라인이 되면 고객에게 다시 방문해 달라고 요청하세요</translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrderService</name>
    <message>
        <source>Line %1 has %2 to hand over, not %3</source>
        <translation>%1번 줄은 %3개가 아니라 %2개를 인도할 수 있습니다</translation>
    </message>
    <message>
        <source>Choose what the customer takes</source>
        <translation>고객이 가져갈 상품을 선택하세요</translation>
    </message>
    <message>
        <source>Order %1 is waiting for its payment: finish or void that sale first</source>
        <translation>주문 %1이(가) 결제를 기다리고 있습니다: 먼저 그 판매를 마치거나 취소하세요</translation>
    </message>
    <message>
        <source>Finish the payment on screen before adding order %1</source>
        <translation>주문 %1을(를) 추가하기 전에 화면의 결제를 마치세요</translation>
    </message>
    <message>
        <source>%1 is not in this till's catalog</source>
        <translation>%1은(는) 이 계산대의 상품 목록에 없습니다</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>온라인 주문 %1</translation>
    </message>
    <message>
        <source>%1 The sale is paid; the pickup is sent again when the till restarts.</source>
        <translation>%1 판매는 결제되었습니다. 수령 기록은 계산대를 다시 시작할 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The sale was voided: order %1 was not handed over</source>
        <translation>판매가 취소되었습니다: 주문 %1은(는) 인도되지 않았습니다</translation>
    </message>
    <message>
        <source>The store's policy does not allow this refund: %1</source>
        <translation>매장 정책상 이 환불은 허용되지 않습니다: %1</translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation>반품할 상품을 선택하세요</translation>
    </message>
    <message>
        <source>This till cannot pay cash out</source>
        <translation>이 계산대는 현금을 지급할 수 없습니다</translation>
    </message>
    <message>
        <source>Online return %1</source>
        <translation>온라인 반품 %1</translation>
    </message>
    <message>
        <source>The return is recorded, but the cash was not paid out (%1): pay %2 by hand</source>
        <translation>반품은 기록되었지만 현금이 지급되지 않았습니다(%1): %2을(를) 직접 지급하세요</translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrdersViewModel</name>
    <message>
        <source>Order %1 is paid and handed over</source>
        <translation>주문 %1의 결제와 인도가 끝났습니다</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>주문 %1 · %2</translation>
    </message>
    <message>
        <source>Reserved to try on: the customer pays for what they keep</source>
        <translation>착용해 보기 예약: 고객은 가져가는 상품만 결제합니다</translation>
    </message>
    <message>
        <source>Paid in store</source>
        <translation>매장에서 결제</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>온라인 결제 완료</translation>
    </message>
    <message>
        <source>waiting until %1</source>
        <translation>%1까지 대기</translation>
    </message>
    <message>
        <source>order %1 waits for its payment on the Pay tab</source>
        <translation>주문 %1이(가) 결제 탭에서 결제를 기다리고 있습니다</translation>
    </message>
    <message>
        <source>Order %1 is in the sale: take the payment on the Pay tab</source>
        <translation>주문 %1이(가) 판매에 추가되었습니다: 결제 탭에서 결제를 받으세요</translation>
    </message>
    <message>
        <source>Order %1 handed over; the slip is printing</source>
        <translation>주문 %1을(를) 인도했습니다. 확인서를 인쇄합니다</translation>
    </message>
    <message>
        <source>Return from order %1 recorded; the receipt is printing</source>
        <translation>주문 %1의 반품을 기록했습니다. 영수증을 인쇄합니다</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 returned · %4 can come back</source>
        <translation>%1 × %2 · %3개 반품됨 · %4개 반품 가능</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 collected · %4 waiting</source>
        <translation>%1 × %2 · %3개 수령 · %4개 대기</translation>
    </message>
    <message>
        <source>Offline: order %1 as the till last heard of it at %2. It can be handed over; the central store hears of it when it is back</source>
        <translation>오프라인: %2에 마지막으로 받은 주문 %1 정보입니다. 전달할 수 있으며, 중앙 서버가 다시 연결되면 전송됩니다</translation>
    </message>
    <message>
        <source>Offline: order %1 handed over; the slip is printing, and the central store hears of it when it is back</source>
        <translation>오프라인: 주문 %1을(를) 전달했습니다. 확인증을 인쇄 중이며, 중앙 서버가 다시 연결되면 전송됩니다</translation>
    </message>
    <message>
        <source>Offline: order %1 as the till last heard of it at %2. Items can come back within the store's offline refund limit, in cash or as store credit; the central store hears of it when it is back</source>
        <translation>오프라인: 단말기가 %2에 마지막으로 받은 주문 %1입니다. 매장의 오프라인 환불 한도 안에서 현금 또는 적립금으로 반품할 수 있으며, 중앙 서버에는 다시 연결되면 전달됩니다</translation>
    </message>
</context>
<context>
    <name>omnitill::OutboxDrain</name>
    <message>
        <source>The central store answered %1 results for %2 records</source>
        <translation>본사 서버가 기록 %2건에 대해 결과 %1건을 응답했습니다</translation>
    </message>
    <message>
        <source>The central store answered for %1 where %2 was sent</source>
        <translation>%2을(를) 보냈는데 본사 서버가 %1에 대해 응답했습니다</translation>
    </message>
    <message>
        <source>The central store answered "%1" for record %2</source>
        <translation>본사 서버가 기록 %2에 대해 "%1"(으)로 응답했습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::OutboxTaskSender</name>
    <message>
        <source>The till is not enrolled at a central store</source>
        <translation>이 계산대는 중앙 서버에 등록되어 있지 않습니다</translation>
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
    <name>omnitill::PickupSender</name>
    <message>
        <source>Pickup of order %1 refused by the central store: %2</source>
        <translation>중앙 서버가 주문 %1의 픽업을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Return from order %1, refunded here offline (%2), refused by the central store: %3</source>
        <translation>오프라인에서 여기서 환불(%2)한 주문 %1의 반품을 중앙 서버가 거부했습니다: %3</translation>
    </message>
</context>
<context>
    <name>omnitill::PrintService</name>
    <message>
        <source>There is no receipt %1 in the journal.</source>
        <translation>거래 기록에 영수증 %1이(가) 없어요.</translation>
    </message>
    <message>
        <source>Receipt %1 did not print after %2 attempts: %3</source>
        <translation>영수증 %1을(를) %2번 시도했지만 인쇄하지 못했어요: %3</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>단말기 %1</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>프린터: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>주소: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::PrinterWorker</name>
    <message>
        <source>The printer is not ready: the receipt will print again.</source>
        <translation>프린터가 준비되지 않았어요. 영수증은 다시 인쇄돼요.</translation>
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
<context>
    <name>omnitill::PromotionListModel</name>
    <message>
        <source>Buy %1, get %2 free</source>
        <translation>%1개 사면 %2개 무료</translation>
    </message>
    <message>
        <source>Buy %1, get %2 at %3 % off</source>
        <translation>%1개 사면 %2개 %3% 할인</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1% 할인</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>개당 %1 할인</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>개당 %1</translation>
    </message>
    <message>
        <source>%1 off a basket of %2 or more</source>
        <translation>%2 이상 구매 시 %1 할인</translation>
    </message>
    <message>
        <source>%1 % off a basket of %2 or more</source>
        <translation>%2 이상 구매 시 %1% 할인</translation>
    </message>
    <message>
        <source>%1, members only</source>
        <translation>%1, 회원 전용</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>종료일 없음</translation>
    </message>
    <message>
        <source>%1 to %2 daily</source>
        <translation>매일 %1 ~ %2</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>상시</translation>
    </message>
    <message>
        <source>The whole basket</source>
        <translation>장바구니 전체</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>모든 상품</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>분류 %1</translation>
    </message>
</context>
<context>
    <name>omnitill::ReceiptMailViewModel</name>
    <message>
        <source>The central store has the receipt and sends it to %1</source>
        <translation>중앙 서버가 영수증을 받았으며 %1(으)로 보냅니다</translation>
    </message>
    <message>
        <source>The central store refused the receipt mail: %1</source>
        <translation>중앙 서버가 영수증 메일을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Type the customer's e-mail address</source>
        <translation>고객의 이메일 주소를 입력해 주세요</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address</source>
        <translation>"%1"은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Receipt queued for %1: it is sent when the central store answers</source>
        <translation>%1(으)로 보낼 영수증을 대기열에 넣었습니다: 중앙 서버가 응답하면 보냅니다</translation>
    </message>
    <message>
        <source>Your receipt is in your app</source>
        <translation>영수증이 앱에 저장되었습니다</translation>
    </message>
    <message>
        <source>Your receipt will appear in the app when the store is back online</source>
        <translation>매장이 다시 온라인이 되면 영수증이 앱에 표시됩니다</translation>
    </message>
    <message>
        <source>Your app could not take the receipt: %1</source>
        <translation>앱으로 영수증을 보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sending your receipt to your app…</source>
        <translation>영수증을 앱으로 보내는 중…</translation>
    </message>
    <message>
        <source>Only the receipt of a completed sale with a customer can be sent from here</source>
        <translation>고객이 있는 완료된 판매의 영수증만 여기서 보낼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::ReceiptMailer</name>
    <message>
        <source>There is no receipt %1 in the journal.</source>
        <translation>저널에 영수증 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Receipt %1 could not be made into an image</source>
        <translation>영수증 %1을(를) 이미지로 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Type an e-mail address: the sale has no customer</source>
        <translation>이메일 주소를 입력하세요: 이 판매에는 고객이 없습니다</translation>
    </message>
    <message>
        <source>Your receipt from %1</source>
        <translation>%1 영수증</translation>
    </message>
    <message>
        <source>Thank you for shopping at %1. Your receipt no. %2 is attached.</source>
        <translation>%1을(를) 이용해 주셔서 감사합니다. 영수증 %2번을 첨부합니다.</translation>
    </message>
    <message>
        <source>Receipt %1 has no customer whose app could keep it</source>
        <translation>영수증 %1에는 앱으로 받을 고객이 없습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::ReturnService</name>
    <message>
        <source>Scan the receipt's QR code or type its receipt number</source>
        <translation>영수증 QR 코드를 스캔하거나 영수증 번호를 입력해 주세요</translation>
    </message>
    <message>
        <source>No sale of this till has that receipt: check the number or use a return without receipt</source>
        <translation>이 포스에 그 영수증의 거래가 없어요. 번호를 확인하거나 영수증 없는 반품으로 처리해 주세요</translation>
    </message>
    <message>
        <source>That receipt is a return, not a sale</source>
        <translation>그 영수증은 판매가 아니라 반품 영수증이에요</translation>
    </message>
    <message>
        <source>That sale is not in this till's journal</source>
        <translation>그 거래는 이 포스의 거래 기록에 없어요</translation>
    </message>
    <message>
        <source>The item's tax class %1 is unknown</source>
        <translation>상품의 과세 유형(%1)을 알 수 없어요</translation>
    </message>
    <message>
        <source>That return is not in this till's journal</source>
        <translation>그 반품은 이 포스의 거래 기록에 없어요</translation>
    </message>
    <message>
        <source>This return's store credit has been spent</source>
        <translation>이 반품의 크레딧은 이미 사용했어요</translation>
    </message>
    <message>
        <source>Add the new items before paying with the store credit</source>
        <translation>크레딧으로 결제하기 전에 교환할 상품을 먼저 담아 주세요</translation>
    </message>
    <message>
        <source>That receipt is a sale: scan the store credit's receipt</source>
        <translation>그 영수증은 판매 영수증입니다: 적립금 영수증을 스캔하세요</translation>
    </message>
    <message>
        <source>The exchange cannot be completed: %1. Void this sale and start again</source>
        <translation>교환을 완료할 수 없습니다: %1. 이 판매를 취소하고 다시 시작하세요</translation>
    </message>
    <message>
        <source>Another return of that receipt changed what these items are worth: void this sale and start the exchange again</source>
        <translation>그 영수증의 다른 반품 때문에 이 상품들의 금액이 바뀌었습니다: 이 판매를 취소하고 교환을 다시 시작하세요</translation>
    </message>
    <message>
        <source>This sale has no exchange</source>
        <translation>이 판매에는 교환이 없습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::ReturnsViewModel</name>
    <message>
        <source>Receipt %1, %2</source>
        <translation>영수증 %1, %2</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>카드 %1</translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation>현금 %1</translation>
    </message>
    <message>
        <source>Return %1: refund %2 (%3)</source>
        <translation>반품 %1: 환불 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>sold %1, returnable %2</source>
        <translation>판매 %1, 반품 가능 %2</translation>
    </message>
    <message>
        <source>store credit %1</source>
        <translation>적립금 %1</translation>
    </message>
    <message>
        <source>Exchange credit %1 is on the sale: scan the new items, then take payment</source>
        <translation>교환 금액 %1이(가) 판매에 적용되었습니다: 새 상품을 스캔한 뒤 결제하세요</translation>
    </message>
    <message>
        <source>Store credit %1 on receipt %2: give the customer its receipt; its code pays a sale</source>
        <translation>영수증 %2에 적립금 %1: 고객에게 영수증을 드리세요. 코드로 결제할 수 있습니다</translation>
    </message>
    <message>
        <source>Refund sent to the card terminal: the customer presents the card there if it asks.</source>
        <translation>환불을 카드 단말기로 보냈습니다. 단말기가 요청하면 고객이 카드를 제시해 주세요.</translation>
    </message>
</context>
<context>
    <name>omnitill::SerialScannerReader</name>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>%1의 스캐너를 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>omnitill::SessionViewModel</name>
    <message>
        <source>Sign in and open the shift before swiping a customer's card</source>
        <translation>고객 카드를 긁기 전에 로그인하고 근무를 시작하세요</translation>
    </message>
    <message>
        <source>%1 is signed in: sign out before another staff card signs in</source>
        <translation>%1 님이 로그인되어 있습니다. 다른 직원 카드로 로그인하려면 먼저 로그아웃하세요</translation>
    </message>
</context>
<context>
    <name>omnitill::SettingsViewModel</name>
    <message>
        <source>Only a manager may change the store's settings.</source>
        <translation>매장 설정은 점장만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a setting of this page.</source>
        <translation>%1은(는) 이 화면의 설정이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 saved. It takes effect when the till starts again.</source>
        <translation>%1 저장됨. 포스를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>%1 saved. It takes effect now.</source>
        <translation>%1 저장됨. 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>Give the path of a PNG or JPEG file for the logo.</source>
        <translation>로고로 쓸 PNG 또는 JPEG 파일의 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>Logo saved (%1 × %2 dots). It prints from the next receipt.</source>
        <translation>로고를 저장했습니다(%1 × %2 도트). 다음 영수증부터 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Logo removed. Receipts print without it from the next one.</source>
        <translation>로고를 지웠습니다. 다음 영수증부터 로고 없이 인쇄됩니다.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <source>Logo: %1 × %2 dots</source>
        <translation>로고: %1 × %2 도트</translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftHistoryViewModel</name>
    <message>
        <source>No shift has been closed on this till yet.</source>
        <translation>이 계산대에서 마감된 근무가 아직 없습니다.</translation>
    </message>
    <message>
        <source>There is no Z report %1.</source>
        <translation>Z 리포트 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z 리포트 %1</translation>
    </message>
    <message>
        <source>X report of the open shift</source>
        <translation>진행 중인 근무의 X 리포트</translation>
    </message>
    <message>
        <source>A copy of Z report %1 is printing.</source>
        <translation>Z 리포트 %1 사본을 인쇄하고 있습니다.</translation>
    </message>
    <message>
        <source>All %1 Z reports are intact: every one is as it was printed, none is missing.</source>
        <translation>Z 리포트 %1건 모두 온전합니다. 모두 인쇄된 그대로이며 빠진 것이 없습니다.</translation>
    </message>
    <message>
        <source>The Z reports are broken: %1. Those before it are intact.</source>
        <translation>Z 리포트가 손상되었습니다: %1. 그 이전 리포트는 온전합니다.</translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftService</name>
    <message>
        <source>No shift is open on this till: open one with a counted float</source>
        <translation>이 포스에 시작된 근무가 없어요. 시작 시재를 세어 입력하고 근무를 시작해 주세요</translation>
    </message>
    <message>
        <source>The float cannot be negative</source>
        <translation>시작 시재는 음수일 수 없어요</translation>
    </message>
    <message>
        <source>The float count is not a valid count of notes and coins</source>
        <translation>시작 시재의 권종별 수량이 올바르지 않아요. 지폐와 동전 개수를 다시 세어 입력해 주세요</translation>
    </message>
    <message>
        <source>The notes and coins counted do not add up to the float</source>
        <translation>권종별로 센 금액의 합계가 시작 시재와 맞지 않아요. 다시 세어 확인해 주세요</translation>
    </message>
    <message>
        <source>A shift is already open on this till; close it first</source>
        <translation>이 포스에 이미 시작된 근무가 있어요. 먼저 마감해 주세요</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>금액은 0보다 커야 해요</translation>
    </message>
    <message>
        <source>A paid-out needs a reason</source>
        <translation>출금하려면 사유를 입력해 주세요</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative</source>
        <translation>실제 시재는 음수일 수 없어요</translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftViewModel</name>
    <message>
        <source>Paid in: %1</source>
        <translation>입금: %1</translation>
    </message>
    <message>
        <source>Paid out: %1</source>
        <translation>출금: %1</translation>
    </message>
    <message>
        <source>Dropped to the safe: %1</source>
        <translation>금고 입금: %1</translation>
    </message>
    <message>
        <source>Shift closed: the drawer is exact</source>
        <translation>근무를 마감했어요. 시재가 정확해요</translation>
    </message>
    <message>
        <source>Shift closed: %1 over</source>
        <translation>근무를 마감했어요. 시재 초과: %1</translation>
    </message>
    <message>
        <source>Shift closed: %1 short</source>
        <translation>근무를 마감했어요. 시재 부족: %1</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>돈통을 여는 중…</translation>
    </message>
    <message>
        <source>Drawer opened (no sale)</source>
        <translation>돈통 열림 (판매 없음)</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>돈통이 열리지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::ShipToHomeService</name>
    <message>
        <source>Choose a line of the sale on screen to ship</source>
        <translation>배송할 품목을 화면의 판매에서 선택하세요</translation>
    </message>
    <message>
        <source>Identify the customer first: the order is theirs</source>
        <translation>먼저 고객을 확인하세요: 주문은 고객 명의로 생성됩니다</translation>
    </message>
    <message>
        <source>%1 is sold by weight and cannot be shipped</source>
        <translation>%1은(는) 무게로 판매되어 배송할 수 없습니다</translation>
    </message>
    <message>
        <source>Type the delivery address</source>
        <translation>배송 주소를 입력하세요</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters</source>
        <translation>주소가 %1자를 넘습니다</translation>
    </message>
    <message>
        <source>The delivery could not be saved: %1</source>
        <translation>배송 정보를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Delivery to %1 · order %2</source>
        <translation>%1(으)로 배송 · 주문 %2</translation>
    </message>
    <message>
        <source>Order %1 will be created when the central store can be reached</source>
        <translation>주문 %1은(는) 중앙 서버에 연결되면 생성됩니다</translation>
    </message>
    <message>
        <source>The deliveries could not be read: %1</source>
        <translation>배송 정보를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>"%1" is not a full address: add the street and the building number</source>
        <translation>"%1"은(는) 완전한 주소가 아닙니다: 도로명과 건물 번호를 넣어 주세요</translation>
    </message>
</context>
<context>
    <name>omnitill::ShipToHomeViewModel</name>
    <message>
        <source>%1 has no delivery address on file: type the address the order goes to</source>
        <translation>%1 님의 등록된 배송지가 없습니다: 주문을 받을 주소를 입력해 주세요</translation>
    </message>
    <message>
        <source>Ships to the customer: order %1, paid in this sale</source>
        <translation>고객에게 배송됩니다: 주문 %1, 이번 판매에서 결제</translation>
    </message>
</context>
<context>
    <name>omnitill::SigningKeys</name>
    <message>
        <source>The signing keys were not updated: %1</source>
        <translation>서명 키를 갱신하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The central store sent a signing key this till cannot use</source>
        <translation>본사 서버가 이 계산대가 쓸 수 없는 서명 키를 보냈습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::StaffPermissionGate</name>
    <message>
        <source>Sign in first</source>
        <translation>먼저 로그인해 주세요</translation>
    </message>
    <message>
        <source>A supervisor or manager must approve this: %1</source>
        <translation>매니저나 점장의 승인이 필요해요: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval</source>
        <translation>승인을 기다리는 작업이 없어요</translation>
    </message>
</context>
<context>
    <name>omnitill::StaffRequestsViewModel</name>
    <message>
        <source>age check</source>
        <translation>연령 확인</translation>
    </message>
    <message>
        <source>item does not scan</source>
        <translation>상품 스캔 불가</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <source>coupon needs approval</source>
        <translation>쿠폰 승인 필요</translation>
    </message>
    <message>
        <source>help requested</source>
        <translation>도움 요청</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 needs help: %2</source>
        <translation>%1 직원 호출: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (외 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not resolve a kiosk's call: it needs the right to sell</source>
        <translation>%1 님은 키오스크 호출을 처리할 수 없습니다: 판매 권한이 필요합니다</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>처리 완료: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::StaffService</name>
    <message>
        <source>Wrong staff number or PIN</source>
        <translation>사번 또는 PIN이 맞지 않아요. 다시 입력해 주세요</translation>
    </message>
    <message>
        <source>Staff %1 is locked after too many wrong PINs. A manager must release the account.</source>
        <translation>PIN을 여러 번 잘못 입력해서 직원 %1 계정이 잠겼어요. 점장에게 잠금 해제를 요청해 주세요.</translation>
    </message>
    <message>
        <source>Wrong PIN. Staff %1 is now locked; a manager must release the account.</source>
        <translation>PIN이 맞지 않아요. 직원 %1 계정이 잠겼어요. 점장에게 잠금 해제를 요청해 주세요.</translation>
    </message>
    <message>
        <source>Staff %1 is not active</source>
        <translation>직원 %1 계정은 사용 중지 상태예요. 점장에게 문의해 주세요</translation>
    </message>
    <message>
        <source>%1 may not do this: %2</source>
        <translation>%1 님은 이 작업 권한이 없어요: %2</translation>
    </message>
    <message>
        <source>%1 may not release accounts; ask a manager</source>
        <translation>%1 님은 계정 잠금을 해제할 수 없어요. 점장에게 요청해 주세요</translation>
    </message>
    <message>
        <source>Only a manager may add staff</source>
        <translation>직원 추가는 점장만 할 수 있어요</translation>
    </message>
    <message>
        <source>There is no role %1</source>
        <translation>없는 역할이에요: %1</translation>
    </message>
    <message>
        <source>This staff card is not valid</source>
        <translation>유효하지 않은 직원 카드입니다</translation>
    </message>
    <message>
        <source>Only a manager may assign staff cards</source>
        <translation>직원 카드는 관리자만 발급할 수 있습니다</translation>
    </message>
    <message>
        <source>A staff card code has %1 to %2 digits</source>
        <translation>직원 카드 코드는 %1~%2자리입니다</translation>
    </message>
    <message>
        <source>Staff %1 is no longer on the staff list</source>
        <translation>직원 %1은(는) 더 이상 직원 목록에 없습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::StaffViewModel</name>
    <message>
        <source>Cashier</source>
        <translation>캐셔</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>슈퍼바이저</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>%1 (%2) may sign in now with the PIN you gave.</source>
        <translation>%1(%2) 님은 이제 지정한 PIN으로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 님은 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 님은 비활성화되어 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 님의 역할: %2</translation>
    </message>
    <message>
        <source>%1 signs in with the new PIN from now on.</source>
        <translation>%1 님은 이제부터 새 PIN으로 로그인합니다.</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성</translation>
    </message>
</context>
<context>
    <name>omnitill::StoredValuePayments</name>
    <message>
        <source>That is not a gift card number</source>
        <translation>기프트카드 번호가 아닙니다</translation>
    </message>
    <message>
        <source>Identify the customer first</source>
        <translation>먼저 고객을 확인하세요</translation>
    </message>
    <message>
        <source>Only gift cards, store credit and points are paid through the central store</source>
        <translation>본사 서버를 통해 결제하는 것은 기프트카드, 적립금, 포인트뿐입니다</translation>
    </message>
    <message>
        <source>The central store is still confirming the last payment</source>
        <translation>본사 서버가 아직 이전 결제를 확인하고 있습니다</translation>
    </message>
    <message>
        <source>There is nothing to pay</source>
        <translation>결제할 금액이 없습니다</translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation>결제 금액은 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due</source>
        <translation>받을 금액보다 많이 받을 수 있는 것은 현금뿐입니다</translation>
    </message>
    <message>
        <source>Points pay in steps of %1</source>
        <translation>포인트는 %1 단위로 결제됩니다</translation>
    </message>
    <message>
        <source>The sale changed while the central store answered</source>
        <translation>본사 서버가 응답하는 동안 판매가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The sale changed while the central store was asked</source>
        <translation>중앙 서버에 확인하는 동안 판매가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The central store cannot be reached (%1): %2</source>
        <translation>중앙 서버에 연결할 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>this store takes no gift card or store credit offline</source>
        <translation>이 매장은 오프라인에서 상품권이나 적립금을 받지 않습니다</translation>
    </message>
    <message>
        <source>offline, a gift card or store credit pays at most %1</source>
        <translation>오프라인에서는 상품권이나 적립금으로 최대 %1까지 결제할 수 있습니다</translation>
    </message>
    <message>
        <source>today's offline gift card and store credit payments would pass the limit of %1 (%2 so far)</source>
        <translation>오늘의 오프라인 상품권·적립금 결제가 한도 %1을(를) 넘게 됩니다(지금까지 %2)</translation>
    </message>
    <message>
        <source>Points taken offline: the customer's balance at the central store lacked %1 of the %2 points this sale spent (%3 not covered); the rest was taken. Ask the customer to settle it, or write it off</source>
        <translation>오프라인에서 사용된 포인트: 이 판매에서 사용한 %2점 중 %1점이 중앙 서버의 고객 잔액에 부족했습니다(%3 미충당). 나머지는 차감되었습니다. 고객에게 정산을 요청하거나 손실 처리하세요</translation>
    </message>
</context>
<context>
    <name>omnitill::StoredValueViewModel</name>
    <message>
        <source>%1 given back through the central store</source>
        <translation>본사 서버를 통해 %1을(를) 돌려주었습니다</translation>
    </message>
    <message>
        <source>Giving back through the central store failed: %1. It is asked again with the next payment</source>
        <translation>본사 서버를 통한 환불에 실패했습니다: %1. 다음 결제 때 다시 요청합니다</translation>
    </message>
    <message>
        <source>%L1 P = %2</source>
        <translation>%L1 P = %2</translation>
    </message>
    <message>
        <source>Points earned: %L1, credited when the sale reaches the central store</source>
        <translation>적립 포인트: %L1, 본사 서버에 판매가 전달되면 적립됩니다</translation>
    </message>
    <message>
        <source>Points balance then: %L1</source>
        <translation>적립 후 포인트 잔액: %L1</translation>
    </message>
    <message>
        <source>Asking the central store…</source>
        <translation>본사 서버에 확인하는 중…</translation>
    </message>
    <message>
        <source>Paid through the central store</source>
        <translation>본사 서버를 통해 결제되었습니다</translation>
    </message>
</context>
<context>
    <name>omnitill::SyncViewModel</name>
    <message>
        <source>Only a manager or supervisor can send a record again: enter the back office first.</source>
        <translation>기록을 다시 보내는 것은 매니저나 관리자만 할 수 있습니다. 먼저 관리자 화면에 들어가세요.</translation>
    </message>
    <message>
        <source>The record is sent again with the next records; if the central store refuses it again, it comes back here with the new reason.</source>
        <translation>이 기록은 다음 기록들과 함께 다시 전송됩니다. 본사 서버가 다시 거부하면 새 사유와 함께 여기에 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>Asking the central store…</source>
        <translation>본사 서버에 확인하는 중…</translation>
    </message>
    <message>
        <source>Nothing waits: the central store has every record of this till.</source>
        <translation>대기 중인 기록이 없습니다. 이 포스의 모든 기록이 본사 서버에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for the central store; the oldest since %1 (%2).</source>
        <translation>
            <numerusform>본사 서버 전송 대기 %n건, 가장 오래된 기록 %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Receipt %1 on this till, %2</source>
        <translation>이 포스의 영수증 %1, %2</translation>
    </message>
    <message>
        <source>No coupon was used twice (checked %1).</source>
        <translation>두 번 사용된 쿠폰이 없습니다 (%1 확인).</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>%1 확인.</translation>
    </message>
    <message>
        <source>Receipt %1 at %2 (%3), %4</source>
        <translation>%2 (%3)의 영수증 %1, %4</translation>
    </message>
    <message>
        <source>Sale %1 at %2 (%3), not received yet</source>
        <translation>%2 (%3)의 판매 %1, 아직 본사에 도착하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1시간 %2분 전</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Coupon taken offline</source>
        <translation>오프라인으로 받은 쿠폰</translation>
    </message>
    <message>
        <source>Coupon redemption</source>
        <translation>쿠폰 사용</translation>
    </message>
    <message>
        <source>Online order picked up</source>
        <translation>온라인 주문 픽업</translation>
    </message>
    <message>
        <source>Ship-to-home order</source>
        <translation>택배 배송 주문</translation>
    </message>
    <message>
        <source>Receipt by e-mail</source>
        <translation>이메일 영수증</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>서명 키</translation>
    </message>
    <message>
        <source>Withdrawn coupons</source>
        <translation>취소된 쿠폰</translation>
    </message>
    <message>
        <source>Orders ready for pickup</source>
        <translation>픽업 준비된 주문</translation>
    </message>
    <message>
        <source>Regular customers</source>
        <translation>단골 고객</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>Online order returned offline</source>
        <translation>오프라인에서 반품된 온라인 주문</translation>
    </message>
    <message>
        <source>Gift card, store credit or points taken offline</source>
        <translation>오프라인에서 받은 기프트카드, 적립금 또는 포인트</translation>
    </message>
    <message>
        <source>Kiosk's call for staff</source>
        <translation>키오스크 직원 호출</translation>
    </message>
    <message>
        <source>Kiosk's call for staff resolved</source>
        <translation>키오스크 직원 호출 처리</translation>
    </message>
    <message>
        <source>Receipt to the customer's app</source>
        <translation>고객 앱으로 보낸 영수증</translation>
    </message>
</context>
<context>
    <name>omnitill::VirtualPrinterDevice</name>
    <message>
        <source>The folder %1 for printed receipts cannot be made.</source>
        <translation>인쇄된 영수증을 저장할 폴더(%1)를 만들 수 없어요.</translation>
    </message>
    <message>
        <source>The printed receipt cannot be saved as %1.</source>
        <translation>인쇄된 영수증을 %1(으)로 저장할 수 없어요.</translation>
    </message>
    <message>
        <source>The drawer log in %1 cannot be written.</source>
        <translation>%1의 돈통 기록을 쓸 수 없습니다.</translation>
    </message>
</context>
</TS>