<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalLog</name>
    <message>
        <source>The approval could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>Someone else must approve this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not approve this: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be recorded, so it is not granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BarcodeImage</name>
    <message>
        <source>The barcode &quot;%1&quot; cannot be drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTerminalSettings</name>
    <message>
        <source>The card terminal %1 names no protocol: set payment.protocol (for example nexo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin speaks the card terminal protocol &quot;%1&quot; (looked in %2): is it installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal plugin %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTerminalStatus</name>
    <message>
        <source>Cancel at terminal</source>
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
    <message>
        <source>Delivered to the customer&apos;s home, not taken today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashReceiptRequest</name>
    <message>
        <source>Income deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business number 000-00-00000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile 010-0000-0000 or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number the cash receipt is issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business registration number has 10 digits (xxx-xx-xxxxx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid business registration number: check the digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits (010-xxxx-xxxx); 011, 016, 017, 018 and 019 numbers 10 or 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mobile number (010-xxxx-xxxx) or a cash receipt card number (13 to 19 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expense proof</source>
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
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <source>The till keeps no catalog collection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from the central store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit the till sells by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price is not a whole amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of promotion</source>
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
    <name>CatalogExportBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole catalog, in the format the import reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImportPanel</name>
    <message>
        <source>Import a catalog file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/media/usb/catalog.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
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
    <name>CatalogSyncPanel</name>
    <message>
        <source>Sync catalog now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponList</name>
    <message>
        <source>Coupon %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 saves nothing now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s coupon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponRedemptions</name>
    <message>
        <source>The coupon redemption could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or swipe your staff card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The table has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
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
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStrip</name>
    <message>
        <source>Customer: loyalty or phone number, or scan the app code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (2026-11-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (2026-11-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sales…</source>
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
    <name>DeviceConfiguration</name>
    <message>
        <source>The device configuration %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device configuration %1 is wrong: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer test from the device page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerPolicy</name>
    <message>
        <source>Close the cash drawer before the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>Ed25519 %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 key has 32 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscPosEncoder</name>
    <message>
        <source>A QR code holds 1 to %1 bytes; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs 12 or 13 digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of EAN-13 &quot;%1&quot; is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Code 128 barcode holds 1 to 200 printable ASCII characters, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 has no cash drawer connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeTender</name>
    <message>
        <source>Complete exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit QR or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gs1ElementString</name>
    <message>
        <source>GS1 application identifier (%1) is not one the till reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 (%1) has %2 characters, which is not a valid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 (%1) holds characters it may not: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 (%1) %2 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 (%1) %2 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode (%1) does not carry GS1 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 data &quot;%1&quot; starts with an application identifier the till does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not GS1 data in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GS1 Digital Link with a GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverLog</name>
    <message>
        <source>The hand-over of order %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HidPosReport</name>
    <message>
        <source>The scanner sent a report that holds no scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent a report of %1 bytes, too short for a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s report says %1 bytes of data but carries fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
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
    <message>
        <source>That code is not a product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (2026-11-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (2026-11-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item barcode or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a receipt to see it as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalReceipt</name>
    <message>
        <source>Receipt %1 is in %2, but this store sells in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has no sale id in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSearch</name>
    <message>
        <source>The journal could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskBasket</name>
    <message>
        <source>You save %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskClosed</name>
    <message>
        <source>This checkout is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A basket is waiting from before the restart: staff open the kiosk to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use another checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: open the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskGoodbye</name>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your receipt and your items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to my app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskIdentify</name>
    <message>
        <source>Show the QR code in your app to the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member prices apply. Touch a coupon to use it, or scan a coupon&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members get member prices, points and their coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskIdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your basket will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Your basket will be cleared in %n second.</numerusform>
            <numerusform>Your basket will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPay</name>
    <message>
        <source>Still to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card? Swipe it on the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is slow: we are checking your payment. You will not be charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShopping</name>
    <message>
        <source>Scan your items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode? Touch the item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member? Scan your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskStaffPanel</name>
    <message>
        <source>Staff mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shopper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskStaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWaiting</name>
    <message>
        <source>Please wait: help is on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWelcome</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your first item, or touch Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditDialog</name>
    <message>
        <source>Discount on the whole basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (damaged, price match, staff, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note printed under the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoRaster</name>
    <message>
        <source>The file %1 cannot be read: choose a PNG or JPEG picture that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is too big (%2 KB): choose one of at most %3 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is too big (%2 × %3 pixels): choose one of at most %4 pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagneticStripe</name>
    <message>
        <source>Use the card terminal for payment cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card swipe held no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data does not start with a track&apos;s start sentinel (% or ;): swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s tracks are out of order: swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 of the card has no end sentinel: swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 of the card is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 of the card is longer than %2 characters: this is no card the till reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 of the card holds characters it may not hold: swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 of the card failed its check (LRC): swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not one of the store&apos;s cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number on track 2 must have 1 to %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnitill — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnitill self-checkout — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for help</source>
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
    <name>NexoCrypto</name>
    <message>
        <source>The terminal key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal key needs an identifier and a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SaleToPOIRequest or SaleToPOIResponse can be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random nonce is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nonce has 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message is not a Sale-to-POI message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message is not secured with crypto version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message is secured with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message has no valid nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message cannot be decrypted with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s message header does not match its protected content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NexoMessages</name>
    <message>
        <source>The terminal answered something other than this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s answer has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terminal needs an address, a sale id and a terminal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment terminal on the network needs its shared key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal %1 is reached by neither HTTPS nor HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal&apos;s certificate %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal&apos;s certificate %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoReceiptReturn</name>
    <message>
        <source>Scan or type the item&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as store credit</source>
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
    <name>OfflineCouponPolicy</name>
    <message>
        <source>The central store cannot be reached, and this store takes no coupons offline. Sell without the coupon (the customer keeps it for another visit), or try again when the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till has already taken this coupon: it can be used only once. Sell without it; if the customer disagrees, the central store can check it when the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s offline allowance of %n coupon(s) is used up, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</source>
        <translation>
            <numerusform>Today&apos;s offline allowance of %n coupon is used up, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</numerusform>
            <numerusform>Today&apos;s offline allowance of %n coupons is used up, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</numerusform>
        </translation>
    </message>
    <message>
        <source>This coupon saves %1, but only %2 of today&apos;s offline coupon allowance (%3) is left, and the central store cannot be reached. Sell without the coupon (the customer keeps it), or try again when the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePointsPolicy</name>
    <message>
        <source>Points are spent from the customer&apos;s balance at the central store, which cannot be reached now, and %1: nothing was taken. Pay this part another way (cash or card); the customer keeps the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store takes no points offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, points pay at most %1 of a sale (%2 on this one so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s offline points would pass the limit of %1 (%2 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till&apos;s customer list does not hold the customer&apos;s points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer had %1 points as of %2, of which %3 are left to spend offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineRedemptions</name>
    <message>
        <source>The offline redemption could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline redemption could not be dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline redemptions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineOrdersPanel</name>
    <message>
        <source>Order QR or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search waiting pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting for pickup here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over, rest waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over, rest to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over, close</source>
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
    <name>OpenShiftPanel</name>
    <message>
        <source>%1, count the cash in the drawer and open the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSlipText</name>
    <message>
        <source>Online order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLLECT SLIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, waiting for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken, back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in store, sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to the online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in good order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONLINE ORDER RETURN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 more can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the original online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back offline: the store credit is added once the central store hears of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back offline: the central store is told later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxQueue</name>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox record %1 could not be marked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantined records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox record %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 could not be sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not held back any more: it was sent again already.</source>
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
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (own terminal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <source>A card payment is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment %1 cannot become %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline card payments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop cash to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a line after payment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a return without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a discount above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The system could not provide random numbers to protect the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Receipt %1 could not be queued for printing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job %1 could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while printing: printed again, possibly twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterConnection</name>
    <message>
        <source>The printer at %1:%2 does not answer (%3): check that it is on and on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on %1: add the till&apos;s user to the group lp, or install the udev rules from packaging/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer at %1: check its cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped taking data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer took only %1 of %2 bytes in %3 s: check its paper and cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not report its status: it may be off, or its cable loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address: use tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600 or file:///dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterProfile</name>
    <message>
        <source>Unknown printer model &quot;%1&quot;: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>The printer answered the status request with %1 bytes instead of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer sent 0x%1, which is not a status reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has a fault it cannot recover from: switch it off and on again; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cover is open: close it; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s cutter is stuck: open the cover, free the paper and close it; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped with an error: wait a moment; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is offline: check its power and cable; the receipt will print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s paper is running low: have a new roll ready.</source>
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
    <name>Promotion</name>
    <message>
        <source>Promotion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a promotion needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a promotion needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promotion ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a promotion cannot take off more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy and get quantities must be between 1 and 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promotion gives nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionRepository</name>
    <message>
        <source>The promotions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Type the weight in kilograms, like 0.456 (or in grams, like 456 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grams are whole: type 456 g or 0.456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than a till can weigh: check the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptLogo</name>
    <message>
        <source>The logo could not be converted for storing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptMailForm</name>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptSample</name>
    <message>
        <source>Sample item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptSamplePreview</name>
    <message>
        <source>Receipt preview</source>
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
    <message>
        <source>Promotions saved you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** COPY (reprint) ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present this receipt to exchange or return the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned from receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit: scan this code at the till to pay with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on store credit (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved offline (store and forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash receipt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credited when the sale reaches the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card slip: merchant copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline: the central store is told later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF file %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X REPORT (not a closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops to safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided: %1 sales, %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report: figures so far, nothing reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened, no sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n call(s) for staff open</source>
        <translation>
            <numerusform>%n call for staff open</numerusform>
            <numerusform>%n calls for staff open</numerusform>
        </translation>
    </message>
    <message>
        <source>No kiosk is waiting for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestockLog</name>
    <message>
        <source>The restock of %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restocks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>This receipt is a return, not a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was voided: there is nothing to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is not on this receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items sold by the piece are returned by the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than was sold, counting earlier returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange uses more credit than the items are worth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnHistory</name>
    <message>
        <source>The earlier returns could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent prices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store credit could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>Receipt QR or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
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
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started: take the exchange on a new sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale already has an exchange: finish it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items that come back in the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the last item: void the sale instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payments would be more than the new total: void the sale instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is attached to this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the customer&apos;s own coupons first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon needs its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is already on the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon belongs to a customer: attach them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not on the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash receipts are issued only in stores in Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale keeps a cash receipt&apos;s number only masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash receipt was asked for on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash receipt request is not one this till writes</source>
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
    <name>SalePricing</name>
    <message>
        <source>The promotions already take off what this coupon would</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSummary</name>
    <message>
        <source>The sales figures could not be read: %1</source>
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
    <name>ScanPayload</name>
    <message>
        <source>A scan longer than %1 characters was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scan is longer than %1 characters and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan contains control characters and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan held no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product barcode or a code this till knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code %1 names no product (no GTIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code %1 has an expiry date that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code %1 has a price with more decimals than the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A magnetic card came in as a barcode and was ignored: attach card readers as a keyboard.</source>
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
    <name>SerialTransport</name>
    <message>
        <source>&quot;%1&quot; is not a serial address: use serial:///dev/ttyUSB0?baud=9600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a setting a serial port cannot take: baud is a number, bits 5–8, parity none/even/odd, stop 1 or 2, flow none/hardware/software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no serial port %1: check the cable or the USB-serial adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied on %1: add the till&apos;s user to the group dialout, or install the udev rules from packaging/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 does not take these settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Only a manager may change the store&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax and rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and business number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One receipt line each: the address, then the business registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under every receipt, e.g. the return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include tax (Korea, Japan, EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude tax (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half to even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounded to (minor units, 1: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locale, like ko_KR or en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the till after idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PINs before a lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon savings offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card or credit offline per payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card or credit offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card offline per payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle seconds before the kiosk asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the question waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the goodbye shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused scans before staff is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items without a barcode to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-restricted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0; empty: the virtual printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard scanner (part of its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HID POS scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the camera&apos;s name, or &quot;default&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nexo+https://192.168.1.20:8443; empty: no terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is longer than %3 characters, the receipt&apos;s width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SKU %2 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a device file; give its path, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card terminal address: use protocol+scheme://host:port, like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a locale; use a name like ko_KR or en_US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt header, Korean receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the address, e.g. opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt header, English receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer, Korean receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer, English receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo at the top of every receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a PNG or JPEG file, e.g. /media/usb/logo.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points offline per sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order refund offline per return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order refunds offline per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>150 when empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift with counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportBuilder</name>
    <message>
        <source>The shift&apos;s figures are too large to add up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftRepository</name>
    <message>
        <source>The shift could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash movement could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash movements could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cash movement of an unknown kind is in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s sales could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <source>X report of the open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Z reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a Z report to see it as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipToHomeForm</name>
    <message>
        <source>Ship to home for %1: confirm the address or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to home: identify the customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>The till locked itself: enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdministration</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may look at the staff list; only a manager may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active manager: make someone else a manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff number is 1 to %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1 is already %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself: another manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own right to manage staff: another manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a staff member to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The staff roles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs a number and a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRequestClient</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRequestNotice</name>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRequestResolveDialog</name>
    <message>
        <source>Resolve the kiosk&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>StoredValueTender</name>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>%1: %2, the oldest since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the central store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull from the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last try failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other till: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not linked to the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused by the central store</source>
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
    <name>TokenEnvelope</name>
    <message>
        <source>The token would be too long (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is too long to be a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is damaged (it has no signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is damaged (it is not base64url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was signed by an unknown key (%2); update the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is forged or altered (bad signature)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>The customer app code is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer app code is not valid yet; check the phone&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer app code has expired; ask the customer to refresh it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer app code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online order code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online order code is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online order code is not valid yet; check the phone&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online order code has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon code is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon was withdrawn by the central store: %1</source>
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
    <name>UsbFailure</name>
    <message>
        <source>USB printer %1 busy: claimed by the kernel&apos;s usblp driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied on %1: install the udev rules from packaging/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 busy: another program has claimed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 was unplugged: plug it in again; the receipt will print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no USB printer %1: check its cable and power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 took only %2 of %3 bytes in %4 s: check its paper and cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 does not report its status: it may be off or its cable loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 stalled: switch it off and on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB is not available on this till (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1 failed (%2): unplug it and plug it in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbMonitor</name>
    <message>
        <source>USB printer %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no status)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbPrinterInterface</name>
    <message>
        <source>USB device %1 is not a printer: it has no printer-class interface with a bulk OUT endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WedgeScanDetector</name>
    <message>
        <source>The scan held no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Weight in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportArchive</name>
    <message>
        <source>The Z report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Z report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Z reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill</name>
    <message>
        <source>The field &quot;%1&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CameraScanner</name>
    <message>
        <source>No camera is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera named &quot;%1&quot;; connected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CardPaymentService</name>
    <message>
        <source>A card payment is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment must be more than nothing and no more than the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card payment is waiting at the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment that never reached the terminal was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has not said whether the card was charged. Ask it again before taking another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: insufficient funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed too early. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal never received the card payment; nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly approved: the rest of the balance is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale had closed, so its card payment was reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment approved offline: the terminal sends it to the bank when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is offline and approved the card alone, but offline card payments are limited to %1 each: the payment was cancelled. Take it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is offline and approved the card alone, but today&apos;s offline card payments would pass the limit of %1: the payment was cancelled. Take it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment could not be reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is asked again how the last card payment ended; pay once it has answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CardPaymentViewModel</name>
    <message>
        <source>Cards cannot be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the card terminal: the customer inserts, taps or swipes the card there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling at the card terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the card terminal how the last card payment ended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal did not answer in time: asking it whether the card was charged…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CardRefundService</name>
    <message>
        <source>The card terminal is busy with another payment or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return refunds no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment %1 is not one this till&apos;s terminal took: refund it on the terminal that did, or as store credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card refund that never reached the terminal was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has not said whether the card was refunded. The till asks again at the next start; do not refund this return another way meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal refused the card refund (%1). Nothing was returned; refund as store credit instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was refunded but the return could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has no exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new items are not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange these card refunds belong to is not on screen: it completes only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another return of this sale has cards refunded and waits for the rest: choose the same items and refund them again to finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment %1 paid less than this refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment %1 is not one this till&apos;s terminal took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The terminal refused the refund to one card (%1); %n other card(s) of this return are refunded. Refund the same items again to try that card again.</source>
        <translation>
            <numerusform>The terminal refused the refund to one card (%1); %n other card of this return is refunded. Refund the same items again to try that card again.</numerusform>
            <numerusform>The terminal refused the refund to one card (%1); %n other cards of this return are refunded. Refund the same items again to try that card again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunded to %n cards.</source>
        <translation>
            <numerusform>Refunded to %n card.</numerusform>
            <numerusform>Refunded to %n cards.</numerusform>
        </translation>
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
    <name>omnitill::CashReceiptViewModel</name>
    <message>
        <source>Cash receipt (%1) %2</source>
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
        <source>Sale parked: resume it from the parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sale resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt to print again yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the receipt is printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gift receipt is printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it and type the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighed or priced label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer app code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online order code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s app code was scanned, but this till cannot look customers up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon was scanned, but this till cannot redeem coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online order was scanned, but this till cannot hand out orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt was scanned: open Returns to take goods back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loyalty card was swiped, but this till cannot look customers up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift cards: scan at Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff card signs in and approves; it does not belong to a sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogSyncViewModel</name>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central store for the catalog&apos;s changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1. So far %2 pages, %3 changes kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not enrolled with a central store: there is nothing to pull from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull was under way already; it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog pull failed after %1 pages (%2 changes kept); the table below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 pages: %2 changes kept. The next pull goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is up to date: %1 pages, %2 changes applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CatalogViewModel</name>
    <message>
        <source>The catalog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of a catalog file (CSV) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the catalog is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1, the first %2 listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: there is no export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products exported: %1, saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CentralAccount</name>
    <message>
        <source>&quot;%1&quot; is not the address of a central store (http://… or https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CentralClient</name>
    <message>
        <source>The central store did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s clock is %1 ahead of the central store&apos;s; check the till&apos;s time setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s clock is %1 behind the central store&apos;s; check the till&apos;s time setting</source>
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
    <message>
        <source>Open a shift before selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has no exchange: take payment as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till takes no exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments go through the card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment needs the terminal&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items first: a coupon is checked against the basket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CouponDoubleUses</name>
    <message>
        <source>The list of coupons used twice is kept by the central store, which cannot be reached: try again when the till is back online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale %1 (not yet received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 used twice: %2; first used on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CouponEvaluation</name>
    <message>
        <source>Another coupon of the group &quot;%1&quot; is already on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is in %1 and the sale in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend %1 not reached: %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the basket is covered by this coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 get %2 needs %3 items the coupon covers: the basket has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voucher is for %1, which is not in the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon saves nothing on this basket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CouponRule</name>
    <message>
        <source>The coupon gives nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon cannot take off more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount needs a known currency, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum spend cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy and get quantities must be between 1 and 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-item voucher names one product and gives 1 to 99 of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon is percent, amount, buyGet or freeItem, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CouponService</name>
    <message>
        <source>Coupons need the central store; try again or sell without it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has already been used, in this or another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another till is using this coupon right now: it must finish or void that sale first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store no longer knows this coupon: it was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale changed while the coupon was being reserved: scan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale changed while the coupon was being checked: scan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is on a parked sale: finish or void that sale first, or sell without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store did not redeem coupon %1 of this sale: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CouponsViewModel</name>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 get %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon accepted offline: %1. The central store checks it when the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerDisplayFeed</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerLookup</name>
    <message>
        <source>Scan the customer&apos;s app code, or type their loyalty or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app code was already used: ask the customer to show a fresh one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has that number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store does not know this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached and this customer is not among those the till keeps for offline use: scan the customer&apos;s app code instead, or sell without the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::CustomerViewModel</name>
    <message>
        <source>%1 member · known from the app code only (central store unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %L3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishlist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attached: member prices apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer removed from the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not collected in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1 · %L2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %L3 points as of %4 (offline: from this till&apos;s customer list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: customer attached from this till&apos;s customer list; member prices apply, points are as of %1 and new points wait for the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: customer attached from the app code; member prices apply, points wait for the central store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::DashboardViewModel</name>
    <message>
        <source>Give both days as year-month-day, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online pickups here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online returns here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::Device</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is %2; it must be %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 has no address in the device configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::DeviceFileReader</name>
    <message>
        <source>Cannot read %1: permission denied. Install the udev rules from packaging/ and add the till&apos;s user to the group they name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device stopped answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::DeviceManager</name>
    <message>
        <source>No plugin provides the device family &quot;%1&quot;: is the plugin installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::DevicesViewModel</name>
    <message>
        <source>receipt printer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in devices.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page sent to the receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line display is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test lines sent to the line display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for devices again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::EvdevScannerReader</name>
    <message>
        <source>The scanner %1 cannot be taken for the till alone (another program holds it?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ExchangeViewModel</name>
    <message>
        <source>Exchange credit %1 (receipt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund sent to the card terminal: the exchange completes once the card is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ExportsViewModel</name>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::HidrawMsrReader</name>
    <message>
        <source>That card swipe is longer than any card&apos;s tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::JournalViewModel</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt number is digits only, like 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type days as year-month-day, like 2026-11-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of receipt %1 is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped after %1 receipts; nothing is known of the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is broken at receipt %1: %2. Receipts before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 receipts are intact: every one is as it was written, none is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::KioskViewModel</name>
    <message>
        <source>A coupon needs a staff member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not sold here any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member is on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the sale before closing the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started: ask a staff member to add more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item could not be scanned: a staff member will help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold only to adults: a staff member will check your ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk was open before the restart, but cannot open again by itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal has not confirmed your payment yet. You will not be charged twice: a staff member is on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal did not answer in time, so your card was not charged. A staff member is on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrderClient</name>
    <message>
        <source>Scan the customer&apos;s order code, or type the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online order has the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store sent an order the till cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is delivered to the customer&apos;s address, not collected in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not collected in time: its pickup window ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not ready for pickup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is collected at store %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not collected in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is no longer waiting for pickup: it was collected or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 changed since the customer&apos;s code was made: find it by its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is collected at another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the central store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list of orders ready here needs the central store; an order ready here can still be found by its code or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and order %1 is not among the orders this till keeps for offline pickup: hand it over once the central store is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 to hand over, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, so online order %1 cannot be looked up, handed over or returned now; nothing was handed over or refunded. Try again when the till is back online, or note the order number and ask the customer to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Offline the till knows only the orders that were ready here when it last heard from the central store, and %2 is not one of them: nothing was handed over. Note the order number and ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was handed over or taken back here while the till was offline, and the central store has not heard of it yet: wait a minute and open the order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and a refund to the original online payment needs it: nothing was taken back. Refund in cash or as store credit where the store allows it, or note order %1 and ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and order %1 is not among the orders this till keeps for offline work: nothing was taken back or refunded. Note the order number and ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 can take back %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and this store takes no online-order returns offline: nothing was taken back. Note order %1 and ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and offline an online-order return refunds at most %1; this one comes to %2: nothing was taken back. Take back fewer items now, or ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached, and today&apos;s offline online-order refunds would pass the limit of %1 (%2 so far): nothing was taken back. Ask the customer to come back once the till is online again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrderService</name>
    <message>
        <source>Line %1 has %2 to hand over, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the customer takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is waiting for its payment: finish or void that sale first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the payment on screen before adding order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this till&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The sale is paid; the pickup is sent again when the till restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was voided: order %1 was not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s policy does not allow this refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till cannot pay cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is recorded, but the cash was not paid out (%1): pay %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::OnlineOrdersViewModel</name>
    <message>
        <source>Order %1 is paid and handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved to try on: the customer pays for what they keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 waits for its payment on the Pay tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in the sale: take the payment on the Pay tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 handed over; the slip is printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from order %1 recorded; the receipt is printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 · %3 returned · %4 can come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 · %3 collected · %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: order %1 as the till last heard of it at %2. It can be handed over; the central store hears of it when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: order %1 handed over; the slip is printing, and the central store hears of it when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: order %1 as the till last heard of it at %2. Items can come back within the store&apos;s offline refund limit, in cash or as store credit; the central store hears of it when it is back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::OutboxDrain</name>
    <message>
        <source>The central store answered %1 results for %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store answered for %1 where %2 was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store answered &quot;%1&quot; for record %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::OutboxTaskSender</name>
    <message>
        <source>The till is not enrolled at a central store</source>
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
    <name>omnitill::PickupSender</name>
    <message>
        <source>Pickup of order %1 refused by the central store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from order %1, refunded here offline (%2), refused by the central store: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::PrintService</name>
    <message>
        <source>There is no receipt %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 did not print after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::PrinterWorker</name>
    <message>
        <source>The printer is not ready: the receipt will print again.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>omnitill::PromotionListModel</name>
    <message>
        <source>Buy %1, get %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1, get %2 at %3 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off a basket of %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % off a basket of %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, members only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ReceiptMailViewModel</name>
    <message>
        <source>The central store has the receipt and sends it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused the receipt mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt queued for %1: it is sent when the central store answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is in your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt will appear in the app when the store is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app could not take the receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your receipt to your app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the receipt of a completed sale with a customer can be sent from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ReceiptMailer</name>
    <message>
        <source>There is no receipt %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 could not be made into an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an e-mail address: the sale has no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for shopping at %1. Your receipt no. %2 is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has no customer whose app could keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ReturnService</name>
    <message>
        <source>Scan the receipt&apos;s QR code or type its receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale of this till has that receipt: check the number or use a return without receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That receipt is a return, not a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sale is not in this till&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s tax class %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That return is not in this till&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return&apos;s store credit has been spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new items before paying with the store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That receipt is a sale: scan the store credit&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange cannot be completed: %1. Void this sale and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another return of that receipt changed what these items are worth: void this sale and start the exchange again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has no exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ReturnsViewModel</name>
    <message>
        <source>Receipt %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1: refund %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold %1, returnable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange credit %1 is on the sale: scan the new items, then take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1 on receipt %2: give the customer its receipt; its code pays a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund sent to the card terminal: the customer presents the card there if it asks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::SerialScannerReader</name>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::SessionViewModel</name>
    <message>
        <source>Sign in and open the shift before swiping a customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in: sign out before another staff card signs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::SettingsViewModel</name>
    <message>
        <source>Only a manager may change the store&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a setting of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved. It takes effect when the till starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved. It takes effect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a PNG or JPEG file for the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo saved (%1 × %2 dots). It prints from the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo removed. Receipts print without it from the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: %1 × %2 dots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftHistoryViewModel</name>
    <message>
        <source>No shift has been closed on this till yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Z report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report of the open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of Z report %1 is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 Z reports are intact: every one is as it was printed, none is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Z reports are broken: %1. Those before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftService</name>
    <message>
        <source>No shift is open on this till: open one with a counted float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float count is not a valid count of notes and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes and coins counted do not add up to the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open on this till; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid-out needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ShiftViewModel</name>
    <message>
        <source>Paid in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped to the safe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: the drawer is exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: %1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened (no sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ShipToHomeService</name>
    <message>
        <source>Choose a line of the sale on screen to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the customer first: the order is theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight and cannot be shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery to %1 · order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 will be created when the central store can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliveries could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full address: add the street and the building number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::ShipToHomeViewModel</name>
    <message>
        <source>%1 has no delivery address on file: type the address the order goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships to the customer: order %1, paid in this sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::SigningKeys</name>
    <message>
        <source>The signing keys were not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store sent a signing key this till cannot use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StaffPermissionGate</name>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor or manager must approve this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StaffRequestsViewModel</name>
    <message>
        <source>age check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item does not scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs help: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not resolve a kiosk&apos;s call: it needs the right to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StaffService</name>
    <message>
        <source>Wrong staff number or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 is locked after too many wrong PINs. A manager must release the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Staff %1 is now locked; a manager must release the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not do this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not release accounts; ask a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff card is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may assign staff cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff card code has %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff %1 is no longer on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StaffViewModel</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may sign in now with the PIN you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with the new PIN from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StoredValuePayments</name>
    <message>
        <source>That is not a gift card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gift cards, store credit and points are paid through the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is still confirming the last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cash can be more than what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points pay in steps of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale changed while the central store answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale changed while the central store was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store takes no gift card or store credit offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, a gift card or store credit pays at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s offline gift card and store credit payments would pass the limit of %1 (%2 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points taken offline: the customer&apos;s balance at the central store lacked %1 of the %2 points this sale spent (%3 not covered); the rest was taken. Ask the customer to settle it, or write it off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::StoredValueViewModel</name>
    <message>
        <source>%1 given back through the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving back through the central store failed: %1. It is asked again with the next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 P = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned: %L1, credited when the sale reaches the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance then: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid through the central store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::SyncViewModel</name>
    <message>
        <source>Only a manager or supervisor can send a record again: enter the back office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is sent again with the next records; if the central store refuses it again, it comes back here with the new reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: the central store has every record of this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for the central store; the oldest since %1 (%2).</source>
        <translation>
            <numerusform>%n record waits for the central store, since %1 (%2).</numerusform>
            <numerusform>%n records wait for the central store; the oldest since %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 on this till, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon was used twice (checked %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 at %2 (%3), not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-to-home order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order returned offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card, store credit or points taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk&apos;s call for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk&apos;s call for staff resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt to the customer&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omnitill::VirtualPrinterDevice</name>
    <message>
        <source>The folder %1 for printed receipts cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed receipt cannot be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer log in %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
