<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Barcode</name>
    <message>
        <source>Barcode &quot;%1&quot; contains &quot;%2&quot;, which is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 has the wrong length (%2); a GTIN has 8, 12, 13 or 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit of %1 should be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC-E %1 has the wrong length (%2); UPC-E has 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC-E %1 starts with %2; only number systems 0 and 1 exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit of UPC-E %1 should be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: prefixes %2-%3 are not a range within 20-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the item code (start %2, length %3) must lie within positions 1-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the value (start %2, length %3) must lie within positions 2-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the item code and the value overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: the price check digit at %2 must be a position of its own within 2-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: a price check digit needs a value of 4 or 5 digits, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: &quot;%2&quot; must be a whole number from 0 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rule %1: &quot;kind&quot; must be &quot;price&quot; or &quot;weight&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable-measure rules %1 and %2 both cover prefix %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable-measure layout is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable-measure layout must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable-measure layout has version %1; this version of Omnitill reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable-measure layout has no &quot;rules&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 is not an in-store price or weight code (an EAN-13 starting with 20-29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 starts with %2, for which the store has no price or weight rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price check digit of %1 should be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>No items yet: scan the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCsvImporter</name>
    <message>
        <source>a quoted field starts on this line and never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 contains a quote but is not quoted; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be exactly &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty barcode between two &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both names are empty; give name_ko, name_en or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price: &quot;%1&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax class &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is neither each nor kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The catalog could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown currency code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a SQLite database, so Omnitill cannot use it. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot use a write-ahead log (journal mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not an Omnitill store. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStores</name>
    <message>
        <source>The demo catalog could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemLookup</name>
    <message>
        <source>Nothing was scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains control characters and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a barcode: it has %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and scan the scale label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product for scale label %1 (item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 carries a weight, but it is not sold by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale label shows no weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnitill — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 has at most %n decimal place</numerusform>
            <numerusform>%1 has at most %n decimal places</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large to be handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSaleStore</name>
    <message>
        <source>The sale could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>No parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · parked at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <source>Cash due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search: name, initials (ㅅㄹㅇ) or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Tax exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** VOIDED ***</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The quantity must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is sold by the piece: the quantity must be whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has not been opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is parked: resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started: void the sale to change its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such line in the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines must be numbered in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has a tax class this store does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments must be numbered in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cash can be more than what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is not paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale with payments cannot be parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sale event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleJournal</name>
    <message>
        <source>The journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 does not follow receipt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 carries another number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>This database was made by a newer Omnitill (schema %1, this version knows %2). It was left unchanged; update Omnitill to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not Omnitill&apos;s; Omnitill will not add its tables to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2. The database was left at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the database from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations built into this Omnitill are incomplete: expected number %1, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database migrations are built into this Omnitill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Omnitill cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed or lost. Call the store manager or support and read them this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>The setting %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no valid currency set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticCatalog</name>
    <message>
        <source>Cannot write the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Unknown tax class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CartModel</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CashierViewModel</name>
    <message>
        <source>VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 completed. Change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and scan the scale label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale parked: resume it from the parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sale resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CheckoutService</name>
    <message>
        <source>That parked sale is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the sale on screen first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ParkedSalesModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnitill::ProductSearchModel</name>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outerwear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
