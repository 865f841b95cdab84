#pragma once

#include "Result.h"
#include "StoreProfile.h"

#include <QCoreApplication>
#include <QString>

namespace omnitill {

// A Korean cash receipt request (현금영수증) as the cashier typed it: what the receipt is for and who it
// is issued to. A cash payment in a Korean store can carry one; the National Tax Service (NTS) then
// counts the cash towards the customer's income deduction (소득공제: by a mobile phone number or a cash
// receipt card number) or a business's expense proof (지출증빙: by its business registration number).
// A request exists only through parse(), so holding one means the identifier is well formed: a mobile
// number 010 (11 digits) or a legacy 011/016/017/018/019 (10 or 11), a card number of 13 to 19 digits,
// or a business number of 10 digits whose check digit is right. Dashes, spaces and dots are ignored.
//
// What is kept is masked() and the kinds, never the digits:
//   mobile phone     01012343852       010-****-3852   (legacy 0161233852: 016-***-3852)
//   receipt card     1234567890123456  ****-****-****-3456 (the last four, grouped from the right)
//   business number  1248100998        124-**-*0998    (the tax office code and the last four)
// so the customer recognises the number on the receipt and nobody learns it from the till. A business
// number is public (it heads every receipt the business gives), but it is masked alike, so no code path
// has to know which identifiers may be stored whole.
//
// Honestly: issuing the receipt to the NTS (through a VAN) needs the full identifier at the moment of the
// sale. This till never stores it: the sale's events, its journal record and its outbox payload hold the
// masked form only, and the checkout service hands the full request, in memory, to whatever issues
// receipts when the sale completes (CheckoutService::cashReceiptToIssue). After a restart in the middle of
// a sale the full number is gone; the masked request stays on the sale and its record, and the issuer
// has to ask for the number again.
class CashReceiptRequest
{
    Q_DECLARE_TR_FUNCTIONS(CashReceiptRequest)

public:
    enum class Purpose { IncomeDeduction, ExpenseProof };
    enum class Identifier { MobilePhone, ReceiptCard, BusinessNumber };

    // Income deduction takes a mobile number or a card number; expense proof a business number. The
    // error says, in the cashier's words, what is wrong with what was typed.
    [[nodiscard]] static Result<CashReceiptRequest> parse(Purpose purpose, const QString &typed);

    // Cash receipts are a Korean tax rule: stores that sell in won offer them, others never.
    [[nodiscard]] static bool isOffered(const StoreProfile &profile);
    // Whether the ten digits of a business registration number (사업자등록번호) carry a right check digit:
    // weights 1 3 7 1 3 7 1 3 5 on the first nine, plus the tens of the ninth digit times 5.
    [[nodiscard]] static bool isValidBusinessNumber(QStringView digits);
    // Whether text is a masked identifier as masked() writes it: something hidden, nothing else but digits
    // and dashes. A guard against a full number being stored by mistake.
    [[nodiscard]] static bool isMasked(const QString &text);

    // "incomeDeduction"/"expenseProof" and "phone"/"card"/"businessNumber": the sale's and record's codes.
    [[nodiscard]] static QString purposeCode(Purpose purpose);
    [[nodiscard]] static std::optional<Purpose> purposeFromCode(const QString &code);
    [[nodiscard]] static QString identifierCode(Identifier identifier);
    [[nodiscard]] static std::optional<Identifier> identifierFromCode(const QString &code);
    // "소득공제" / "income deduction": the purpose as the receipt and the screen name it.
    [[nodiscard]] static QString purposeName(Purpose purpose);

    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    [[nodiscard]] Identifier identifier() const { return m_identifier; }
    // The full identifier, digits only: for the issuer at completion, never to be stored.
    [[nodiscard]] QString digits() const { return m_digits; }
    [[nodiscard]] QString masked() const;

private:
    CashReceiptRequest(Purpose purpose, Identifier identifier, QString digits);

    Purpose m_purpose;
    Identifier m_identifier;
    QString m_digits;
};

} // namespace omnitill
