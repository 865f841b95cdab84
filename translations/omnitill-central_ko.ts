<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CustomerAppPage</name>
    <message>
        <source>Page not found</source>
        <translation>페이지를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <source>This link does not lead to a customer app. Ask the store for your link again.</source>
        <translation>이 링크로는 고객 앱을 열 수 없습니다. 매장에 링크를 다시 요청해 주세요.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>My membership</source>
        <translation>내 멤버십</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>회원 번호</translation>
    </message>
    <message>
        <source>Show this code at the till</source>
        <translation>계산대에서 이 코드를 보여 주세요</translation>
    </message>
    <message>
        <source>The code renews itself every minute; a screenshot stops working after two.</source>
        <translation>코드는 1분마다 새로 바뀝니다. 화면을 캡처한 코드는 2분 뒤에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>My coupons</source>
        <translation>내 쿠폰</translation>
    </message>
    <message>
        <source>My online orders</source>
        <translation>내 온라인 주문</translation>
    </message>
    <message>
        <source>No coupons right now</source>
        <translation>지금 쓸 수 있는 쿠폰이 없습니다</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>%1까지 사용 가능</translation>
    </message>
    <message>
        <source>No online orders</source>
        <translation>온라인 주문이 없습니다</translation>
    </message>
    <message>
        <source>Show this code at %1 to pick up your order</source>
        <translation>%1에서 이 코드를 보여 주시면 주문 상품을 받으실 수 있습니다</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% 할인</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 할인</translation>
    </message>
    <message>
        <source>%1+%2</source>
        <translation>%1+%2</translation>
    </message>
    <message>
        <source>Gift: %1 × %2</source>
        <translation>선물: %1 × %2</translation>
    </message>
    <message>
        <source>on %1 or more</source>
        <translation>%1 이상 구매 시</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>픽업 준비 완료</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>수령 완료</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>배송됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Not picked up in time</source>
        <translation>기한 내 미수령</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>My store receipts</source>
        <translation>매장 영수증</translation>
    </message>
    <message>
        <source>Delivery to %1</source>
        <translation>%1(으)로 배송</translation>
    </message>
    <message>
        <source>No store receipts yet</source>
        <translation>아직 매장 영수증이 없습니다</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>영수증 번호 %1</translation>
    </message>
</context>
</TS>
