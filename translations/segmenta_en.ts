<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>%1, line %2, column %3</source>
        <extracomment>Where an error is: file name, line number, column number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an error is: file name, line number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Segmenta project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Segmenta (project format %2; this version reads up to %3). Update Segmenta to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file “%1” could not be updated (%2). Nothing was changed; check that there is free disk space and that no other program has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: the first row must hold the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3. Check the delimiter (currently “%4”) and the quotes around values that contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened at line %1, column %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column name “%1” appears twice in the header (field %2). Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header field %1 has no name. Give every column a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id “%1” in column “%2” appears again at line %3 (first at line %4). Each customer must appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no customer id in column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already holds %2 customers. Import into a new project (File › New project…); adding to existing customers is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds %2, not numbers. Choose numeric columns to segment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customers have a value in every chosen column; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, but must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segmentation named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segmentation named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open or create one first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error message: %1 is the place (file, line, column), %2 what is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <extracomment>Where an error is, when the file is not known: line number, column number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, byte %2 is not valid %3 text. Choose the file&apos;s encoding, or save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds “%2”, which is not a %3. Fix the value, or choose to skip such rows or to treat the value as missing.</source>
        <extracomment>%1 column name, %2 the value, %3 what was expected (translated), at a file place shown before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in column “%1” (such as “%2”) can be read day-first or month-first. Choose the date format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as the %2. Choose that column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already imported on %2 (same content). Nothing was added; import a newer export to add its new rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no transactions. Import a transaction log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this “)” has no “(” before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator (+ - * /) or the end of the formula should come here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early; a number, a column or “(” should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “(” at character %1 is never closed with “)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “[” is never closed with “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name is missing inside “[ ]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a function; use log, sqrt or abs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot stand here; a number, a column or “(” was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula %1 cannot be read at character %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no value (yes/no, evet/hayır, true/false, 1/0, e/h)</source>
        <extracomment>What a yes/no column accepts, in &quot;… which is not a %3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Put the percent sign where your language does (Turkish: %%1).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>×%1</source>
        <extracomment>An index against the average, e.g. &quot;×2.4&quot;; %1 is the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× the average</source>
        <extracomment>How a segment&apos;s average compares to everyone&apos;s; %1 is a factor such as &quot;2.4&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is close to average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;1.1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is close to average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is much higher than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;2.4&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is much higher than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is somewhat higher than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;1.3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is somewhat higher than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is much lower than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;0.3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is much lower than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is somewhat lower than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;0.8&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is somewhat lower than average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveSelectionCommand</name>
    <message>
        <source>Save selection as “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the new segmentation&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <extracomment>Undo/redo menu text; %1 the old and %2 the new segmentation name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment to “%1”</source>
        <extracomment>Undo/redo menu text; %1 the new segment name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>There is nothing to export: the view is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and you may write to it.</source>
        <extracomment>%1 is the file the export could not write.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::AliveHeatmap</name>
    <message>
        <source>No P(alive) grid to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a customer is still active, for a customer who first bought %1 weeks ago</source>
        <extracomment>Title of the heatmap; %1 is the customers&apos; age in weeks the grid is computed at.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks from first to last purchase (recency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases (frequency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeat purchases, the last %2 weeks after the first: %3 still active</source>
        <extracomment>Heatmap tooltip; %1 repeat purchases, %2 weeks, %3 the probability.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer can have this history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::AtRiskTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past value</source>
        <extracomment>At-risk list: what the customer spent on repeat purchases so far.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <extracomment>Probability that the customer is still active (P(alive)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ComparisonModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Average: %3 in this segment, %4 for all customers&lt;br&gt;Difference: %5 standard deviations</source>
        <extracomment>Heatmap cell tooltip. %1 segment, %2 sentence such as &quot;Milk is much higher than average (×2.4)&quot;, %3 segment average, %4 average of all customers, %5 standardised difference such as &quot;+1.2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2)</source>
        <extracomment>Heatmap row header tooltip; %1 number of customers, %2 share such as &quot;18.2%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ComparisonView</name>
    <message>
        <source>How far each segment&apos;s average lies from the average of all customers, in standard deviations: 0 is average, +1 is one standard deviation higher. Hover over a cell for the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower than average</source>
        <extracomment>Left end of the heatmap colour key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher than average</source>
        <extracomment>Right end of the heatmap colour key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CriteriaEditorDialog</name>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the set a name before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one variable: a column, or a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are almost the same (r = %3): together they count their shared trait twice. Consider removing one or lowering its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears when the set has variables and no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two variables are almost the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a variable to see its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n categories</source>
        <translation>
            <numerusform>%1: %n category</numerusform>
            <numerusform>%1: %n categories</numerusform>
        </translation>
    </message>
    <message>
        <source>One column per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula, e.g. Grocery / (Fresh + 1) or log(Milk). Put names with spaces in [brackets]:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what describes your customers. Each variable is a column or a formula; its weight (0 to 5) says how much it counts when customers are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;formula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike the variables are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of %1 and the numbers they stand for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers will be used.</source>
        <translation>
            <numerusform>The only customer will be used.</numerusform>
            <numerusform>All %Ln customers will be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers will be used.</source>
        <translation>
            <numerusform>%Ln customer will be used.</numerusform>
            <numerusform>%Ln customers will be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are left out because %1 is missing.</source>
        <translation>
            <numerusform>%Ln customer is left out because %1 is missing.</numerusform>
            <numerusform>%Ln customers are left out because %1 is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are left out because one of %1 is missing.</source>
        <translation>
            <numerusform>%Ln customer is left out because one of %1 is missing.</numerusform>
            <numerusform>%Ln customers are left out because one of %1 is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date variables become the number of days before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the day after the latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English Likert scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly disagree = 1 … Strongly agree = 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish Likert scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesinlikle katılmıyorum = 1 … Kesinlikle katılıyorum = 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer takes the number of the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer takes the number of the one below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CriteriaVariableModel</name>
    <message>
        <source>Demographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1 (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust (median, IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the customer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a typical value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one column per category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column or formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CustomerCard</name>
    <message>
        <source>Customer %1</source>
        <extracomment>Title of the customer card window; %1 is the customer&apos;s id.
----------
Heading of the customer card; %1 is the customer&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <extracomment>On the customer card; %1 is the segment&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DendrogramView</name>
    <message>
        <source>Merge height</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cut here: %n segments</source>
        <translation>
            <numerusform>Cut here: %n segment</numerusform>
            <numerusform>Cut here: %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is ready with %n segments; the segments it continues lent it their names, colours and notes.</source>
        <translation>
            <numerusform>“%1” is ready with %n segment; the segment it continues lent it its name, colour and notes.</numerusform>
            <numerusform>“%1” is ready with %n segments; the segments it continues lent it their names, colours and notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dendrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dendrogram of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each branch joins two groups of customers; the higher the join, the less alike they are. Drag the dashed line up for fewer, larger segments or down for more, smaller ones (or click the drawing and use the Up and Down keys). The numbers at the bottom count the customers in each branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make segmentation with %n segments</source>
        <translation>
            <numerusform>Make segmentation with %n segment</numerusform>
            <numerusform>Make segmentation with %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a segmentation to see its dendrogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hierarchical, but it was made before Segmenta kept the tree of merges. Run it again to see its dendrogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dendrogram exists only for hierarchical segmentations. “%1” was made with another method, so there is no tree of merges to show. Segment the customers with the hierarchical method to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segmentation has too few customers to draw a dendrogram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DiagnosticsPage</name>
    <message>
        <source>Reading the segmentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring how well each customer fits its segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the values in the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the variance of each component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segmentation to diagnose yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well “%1” holds together</source>
        <extracomment>Title of the Diagnostics tab; %1 is the segmentation&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment your customers first; their diagnostics then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the silhouette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Click Compute to work out the silhouette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silhouette is worked out when you open this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average silhouette %1, on a random sample of %2 of the %3 customers in the segmentation (the same sample every time).</source>
        <extracomment>%1 the mean silhouette (e.g. 0.45), %2 the number of customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average silhouette %1 over all %2 customers in the segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The components are worked out when you open this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s two axes show %1 of the differences between customers on the segmentation&apos;s criteria.</source>
        <extracomment>%1 the share of the variance the two map axes show, e.g. 68.2%.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) of the segmentation&apos;s criteria.</source>
        <translation>
            <numerusform>%n component of the segmentation&apos;s criteria.</numerusform>
            <numerusform>%n components of the segmentation&apos;s criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read it: each thin bar is one customer, sorted from best to worst fit within its segment. A value near 1 means the customer is much closer to its own segment than to any other, so it fits its segment well. Near 0 it sits between two segments; below 0 it would fit better in another segment. The dashed line is the average over all customers: a segment whose bars mostly stop short of it is loosely held together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read it: each bar is one direction through the customers&apos; criteria (a principal component) and how much of their differences it captures; the line adds them up. The map draws the first two (highlighted): when together they capture little, the map flattens much of the picture, and segments that overlap on it may still be well apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DrawMapDialog</name>
    <message>
        <source>Draw map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new map of “%1” (%2 customers). Each dot is a customer, coloured by its segment; customers that are alike end up close together. The new map becomes the one shown; the segments stay as they are.</source>
        <extracomment>%1 is the segmentation&apos;s name; %2 its number of customers, already formatted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to draw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview (PCA) — fast; distances are faithful overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the two directions in which customers differ most. Far apart on the map means different, wherever you look; tight groups may overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods (t-SNE) — groups stand apart clearly; takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps each customer next to the customers most like it, so groups stand apart. Distances between groups and the axes mean little. You can watch the map settle while it is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods (t-SNE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbours per customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neighbours each customer looks at (the perplexity). From 1 to %1 for these %2 customers; small values show small local groups, large values more of the overall shape. 30 suits most data.</source>
        <extracomment>%1 is the largest allowed value; %2 the segmentation&apos;s number of customers, both formatted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few customers for a neighbourhood map: it needs at least 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More steps let the map settle further; 750 is enough for most data. The same seed draws the same map again; another seed gives another arrangement of the same neighbourhoods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The segmentation&apos;s own criteria (%1)</source>
        <extracomment>%1 lists the first criteria, e.g. &quot;Age, Annual Income, …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The segmentation&apos;s own criteria (it has none: made by rules or by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved &amp;criteria set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria sets are saved in this project yet. Make one with Segment › Criteria sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criteria set draws the same customers on other variables (for example, segments made on spending, seen by age and income). Customers it leaves out for missing values get no dot; you are told how many after drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportWizard</name>
    <message>
        <source>%1 customers were added to the project, with %2 columns you can segment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no customer ID column, so the customers were numbered 1, 2, 3, … in file order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer IDs come from the column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchases were imported from %2 rows in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with problems were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were already in the project and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project now has %1 customers (%2 of them new), with purchases from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file that holds your customers or their purchases: a CSV or text file, or an Excel workbook (.xlsx). You can also drop a file onto the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer table: one row per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction log: one row per purchase (order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta has guessed how the file is written. If the table below looks wrong, change the settings until it looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish (ISO-8859-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot: 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31.12.2024 (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12/31/2024 (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20241231</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds. Segmenta&apos;s suggestions are already chosen; change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Segmenta found when it read the whole file. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen to rows with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave those rows out and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing, so I can fix the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import those rows and leave the values that cannot be read empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta writes the file into the project. All of it is written, or nothing is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From its columns, this file looks like a transaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From its columns, this file looks like a customer table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows are shown; the numbers on the left are the lines in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook: sheet “%1” is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: separated by %1; character set %2; decimal mark %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this is a guess: check the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some dates could be day first or month first: choose how dates are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers with decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates with times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes or IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are (demographic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they think (psychographic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they buy (behavioural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are worth (value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction log needs a customer ID, a purchase date and the amount paid (or a unit price and a quantity). The customer features (recency, frequency, spend, …) are computed from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column but the customer ID becomes customer information you can segment on. Without a customer ID column, customers are numbered in file order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Segmenta found in this column, checked over the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has %1 values instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more rows with the wrong number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, but needed for every purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 values with a problem in this column in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: all %1 rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have a problem. The table lists the first ones with their line in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is still running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, but every customer needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats the customer id of an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 rows repeating an earlier customer id in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a customer table, rows with the wrong number of values, without a customer id or repeating an earlier row&apos;s id are left out unless you stop the import (of a repeated id, the first row is kept); a number that cannot be read leaves its row out, stops the import or is left empty, as you choose below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::JobProgressBar</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job. The project stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting repeat purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the purchase model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the spend model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the CLV ranges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the fit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out lifetime value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding each customer&apos;s nearest neighbours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking how well the map keeps neighbours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2 · KL %3</source>
        <extracomment>Status bar while a t-SNE map settles, after &quot;Settling the map…&quot;; %1 and %2 are step numbers, %3 the Kullback-Leibler divergence (a number such as 0.84; lower: the map keeps neighbours better).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Status bar: what the job is doing (%1), then details such as the step (%2).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence: how much of each customer&apos;s neighbourhood the map loses. It falls as the map settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the new customers to their segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the new customers on the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting the tree again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding new customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::LifetimeValueDialog</name>
    <message>
        <source>Done. P(alive), expected purchases and CLV are now columns of the customer table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiers are saved as the segmentation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value predicts, from each customer&apos;s purchases so far, how many more purchases to expect, how likely the customer is still active, and what the customer is worth over the coming months. It needs a transaction log: who bought, when and for how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD: customers may drop out right after a purchase; robust and fast. Pareto/NBD: customers may drop out at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the fit on later purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from the purchases up to a date and compare the predictions with what customers actually bought after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look ahead (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;discount rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;ws for CLV ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CLV &amp;tiers as a segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn up to: purchases after this date are kept back to check the predictions. Look ahead: how far CLV looks into the future. Discount rate: how much less a sale next month is worth than one today. Draws: how many times the fit is redrawn to give each CLV a range (more is steadier but slower; 0 gives none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no transaction log, so there are no purchases to learn from. Import one with File › Import… (one row per purchase: customer, date, amount), then open Segment › Lifetime value… again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime value yet. Choose the settings on the left and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is a purchase history: how often a customer came back (up) and how long after the first purchase the last one was (across). Dark: probably still a customer; light: probably gone. Frequent buyers who have not bought for a long time are the ones to win back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valuable customer(s) are probably lost.</source>
        <translation>
            <numerusform>%n valuable customer is probably lost.</numerusform>
            <numerusform>%n valuable customers are probably lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valuable: among the top %1 by what they spent on repeat purchases. Probably lost: less than %2 likely to be still active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list itself is not saved with the project: press Run to see who they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n who spent most are listed.</source>
        <translation>
            <numerusform>The one who spent most is listed.</numerusform>
            <numerusform>The %n who spent most are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the run saved on %1. Press Run to fit again.</source>
        <extracomment>%1 is the date and time of the saved run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Value of all customers over the next %n month(s): %1</source>
        <extracomment>%n is the number of months, %1 the total value.</extracomment>
        <translation>
            <numerusform>Value of all customers over the next month: %1</numerusform>
            <numerusform>Value of all customers over the next %n months: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2 (the middle 90 % of %n redrawn fits).</source>
        <translation>
            <numerusform>Likely between %1 and %2 (the middle 90 % of %n redrawn fit).</numerusform>
            <numerusform>Likely between %1 and %2 (the middle 90 % of %n redrawn fits).</numerusform>
        </translation>
    </message>
    <message>
        <source>No range: the run was asked for none (draws for CLV ranges: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No range: the data do not say how uncertain the fit is (see the notes below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on %1 customers, %2 of whom bought more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt from the purchases up to %1; those from then to %2 check the predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt from every purchase up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not converge, so treat its numbers with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase model (%1): log-likelihood %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma): log-likelihood %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency and spend: too few repeat buyers to check whether customers who buy more often also spend more per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per order. Weak enough for the spend model, which assumes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per order. The spend model assumes none, so the value predictions may be biased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 fewer.</source>
        <extracomment>%1 a date, %2 purchases made, %3 purchases the model expected, %4 the difference in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check: none, as this run learnt from every purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 1–5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5–20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repeat purchases to track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the first purchase in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases, actual and expected, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left of the dotted line the models learnt from the purchases; right of it they predict purchases they never saw. Lines that stay together after it mean the predictions hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holdout: this run learnt from every purchase, so the chart only shows how well the model fits what it saw. To test its predictions, run again with “Check the fit on later purchases”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: this run learnt from every purchase, so there are no later purchases to check its predictions against. Run again with “Check the fit on later purchases” and a date some months before your last transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A group of customers by repeat purchases: &quot;7+&quot; is seven or more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases per customer afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases after %1 by how often customers had come back before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases in the calibration period: how many purchases each group made afterwards, per customer, against the model&apos;s prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 customers bought more than once. The models learn how often people come back from repeat buyers; with fewer than 100 the estimates are rough and the CLV ranges wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchases the models learn from cover only %1 weeks. With less than half a year they cannot tell customers who buy rarely from customers who are gone; treat P(alive) and CLV as rough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period kept back for checking is short compared with the period the models learn from, so the check of the predictions says little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 repeat buyers: the estimates are uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter ran to the edge of its search range: the data hardly pin it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit stopped at its step limit before it converged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLV ranges: the fit is too flat around its estimate to say how uncertain the parameters are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no CLV range: in most redrawn fits their value has no finite number.</source>
        <translation>
            <numerusform>%n customer has no CLV range: in most redrawn fits their value has no finite number.</numerusform>
            <numerusform>%n customers have no CLV range: in most redrawn fits their value has no finite number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat buyer(s) with an average spend of 0 or less were left out of the spend model.</source>
        <translation>
            <numerusform>%n repeat buyer with an average spend of 0 or less was left out of the spend model.</numerusform>
            <numerusform>%n repeat buyers with an average spend of 0 or less were left out of the spend model.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data show hardly any customers leaving, so the model cannot learn when a customer is lost: the chance of still being active is close to 100 % for everyone, and the CLV assumes that customers keep buying. A longer purchase history helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data say little about how customers stop buying (the two numbers behind it are less certain than their own size), so the chance of still being active and the CLV are rough. A longer purchase history helps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Segmenta project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group customers with similar values into segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gmentation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet. Group your customers into segments: Segment › Segment customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Segmenta</source>
        <extracomment>Window title; %1 is the project file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to begin: File › Open project…, or create one with File › New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a customer table (CSV) to begin: File › Import customers. You can also drop a .csv file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <extracomment>Status bar; %1 is the number of customers, already formatted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 segments on %3 columns)</source>
        <extracomment>Segmentation chooser entry: name, number of segments, columns used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready: %2 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for people without a data team: import a customer table, group similar customers into segments, and see what sets each segment apart.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Open Recent entry: its number (the keyboard accelerator) and the file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>View menu entry that shows a tab; %1 is the tab&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare segment counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each number of segments and get a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers selected on the map</source>
        <extracomment>Status bar after selecting on the map; %1 is the number of customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer %1&lt;/b&gt;&lt;br&gt;Segment: %2</source>
        <extracomment>Map tooltip, first lines; %1 customer id, %2 segment name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read customers or their purchases from a CSV or Excel file into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmen&amp;tations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 is what would be undone, e.g. &quot;Rename segment to “Loyal”&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 is what would be redone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected segment a name your team will recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &amp;colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you know or plan for the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment in the table below the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name your team will recognise, such as “Loyal big spenders”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know about these customers, or plan for them. The notes appear on the segment&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Suggested name of a copy; %1 is the original&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Suggested name of a further copy; %1 the original&apos;s name, %2 a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its segments, their names, colours and notes, and its maps are removed. Your customers and their data stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule-based segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put customers into segments by rules you write, such as “Milk at least 10,000”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria s&amp;ets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and weigh the variables that describe your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;FM map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group customers by how recently, how often and how much they bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments need a transaction log (who bought, when, how much). Import one with File › Import…, then open Segment › RFM map… again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict each customer&apos;s future purchases and value, and who is probably lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selection as se&amp;gment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the customers selected on the map or in the customer table as a segment of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map or chart on screen as a PNG image, an SVG or a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value is ready for %1 customers.</source>
        <extracomment>Status bar after a lifetime-value run; %1 the number of customers with a CLV.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select customers first: Shift+drag on the map, or select rows in the customer table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection %1</source>
        <extracomment>Suggested name of a segmentation saved from a selection; %1 is a number.
----------
Name of a segmentation saved from a selection when none was given; %1 is a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %2 selected customers as “%1”.</source>
        <extracomment>Status bar; %1 the new segmentation&apos;s name, %2 the number of customers, already formatted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the segmentation&apos;s map again: an overview (PCA) or neighbourhoods (t-SNE), on its own criteria or a saved criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a new neighbourhood map (KL divergence %2).</source>
        <extracomment>Status bar after drawing a t-SNE map; %1 the segmentation, %2 the KL divergence (lower: better).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a new overview map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The criteria set “%1” leaves %n customer(s) of this segmentation out: a value it needs is missing. They have no dot on this map. Customers on the map: %2.</source>
        <extracomment>After drawing a map on a criteria set; %1 the set&apos;s name, %2 the number of customers on the map.</extracomment>
        <translation>
            <numerusform>The criteria set “%1” leaves %n customer of this segmentation out: a value it needs is missing. That customer has no dot on this map. Customers on the map: %2.</numerusform>
            <numerusform>The criteria set “%1” leaves %n customers of this segmentation out: a value it needs is missing. They have no dot on this map. Customers on the map: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;new customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den&amp;drogram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how a hierarchical segmentation&apos;s customers were joined, and cut it at another number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dendrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map and one segment at a time in large type, full screen; arrow keys step, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers of the segmentation or of one segment, with the columns you choose, as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MapStyleBar</name>
    <message>
        <source>C&amp;olour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ize by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the customers by their segment or by a number such as spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw customers with larger values as larger dots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MatchingReportText</name>
    <message>
        <source>“%1”</source>
        <extracomment>A segment&apos;s name in a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with “%1”: %Ln segment(s) kept their names, colours and notes.</source>
        <extracomment>After a re-run; %1 is the earlier segmentation&apos;s name, %Ln how many segments kept their names.</extracomment>
        <translation>
            <numerusform>Compared with “%1”: %Ln segment kept its name, colour and notes.</numerusform>
            <numerusform>Compared with “%1”: %Ln segments kept their names, colours and notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln customer(s) are in both segmentations, so segments were matched by their averages instead.</source>
        <extracomment>%Ln customers are in both the earlier and the new segmentation.</extracomment>
        <translation>
            <numerusform>Only %Ln customer is in both segmentations, so segments were matched by their averages instead.</numerusform>
            <numerusform>Only %Ln customers are in both segmentations, so segments were matched by their averages instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 continues as %2: %3 of its customers stayed.</source>
        <extracomment>%1 earlier segment, %2 the new one (often the same name), %3 a percentage such as &quot;92 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 split into %2.</source>
        <extracomment>%1 an earlier segment, %2 the new segments it went to (&quot;“A” and “B”&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <extracomment>%1 earlier segments (&quot;“A” and “B”&quot;), %2 the new segment they now mostly fill.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new: no earlier segment matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone: its customers spread over other segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone: no new segment matches it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MemberExportDialog</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to “%2”.</source>
        <extracomment>%1 the number of customers written, %2 the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members of “%1”</source>
        <extracomment>Window title; %1 is the segmentation&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <extracomment>Export scope: every customer of the project, also those without a segment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1” (%2 customers)</source>
        <extracomment>Export scope: one segment&apos;s members; %1 the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (text, comma-separated, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::NewCustomersDialog</name>
    <message>
        <source>mixed data (k-prototypes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative customers (k-medoids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft segments (Gaussian mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very many customers (mini-batch k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RFM map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime-value tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criteria set or an older version of Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a segmentation first: the customers are added to the segmentation shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot take new customers: it was made with %2. Only segmentations made with Standard (k-means) or Hierarchical on columns keep what is needed to add customers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To include the %Ln customer(s) not in it, segment again with Segment › Segment customers… and choose “%1” under “Re-run of”, so that its names, colours and notes carry over.</source>
        <translation>
            <numerusform>To include the %Ln customer not in it, segment again with Segment › Segment customers… and choose “%1” under “Re-run of”, so that its names, colours and notes carry over.</numerusform>
            <numerusform>To include the %Ln customers not in it, segment again with Segment › Segment customers… and choose “%1” under “Re-run of”, so that its names, colours and notes carry over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this project is already in “%1”: nobody is new. After you import more customers or transactions, come back here to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) of this project are not yet in “%1”.</source>
        <translation>
            <numerusform>%Ln customer of this project is not yet in “%1”.</numerusform>
            <numerusform>%Ln customers of this project are not yet in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each joins the segment whose average is closest. The segments&apos; averages are not recomputed, and nobody already in them moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) already in it have no place on the map yet.</source>
        <translation>
            <numerusform>%Ln customer already in it has no place on the map yet.</numerusform>
            <numerusform>%Ln customers already in it have no place on the map yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are placed on the map beside the customers most like them; the map itself is not redrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segmentation has no map, so they get no place on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Added %Ln customer to “%1”.</numerusform>
            <numerusform>Added %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 in all</source>
        <extracomment>One line per segment after adding customers: %1 segment name, %2 added, %3 size now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) were left out: a value the segments are based on is missing for them.</source>
        <translation>
            <numerusform>%Ln customer was left out: a value the segments are based on is missing for them.</numerusform>
            <numerusform>%Ln customers were left out: a value the segments are based on is missing for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %Ln customer(s) on the map.</source>
        <translation>
            <numerusform>Placed %Ln customer on the map.</numerusform>
            <numerusform>Placed %Ln customers on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no place on the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::OrdinalLevelModel</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::PresenterWindow</name>
    <message>
        <source>Presenter mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ next · ← previous · Home all segments · Esc leave</source>
        <extracomment>Key hints in the presenter&apos;s footer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n segments</source>
        <extracomment>Footer of presenter mode on the overview; %n is the number of segments.</extracomment>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>All %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 of %2</source>
        <extracomment>Footer of presenter mode; %1 is the segment&apos;s number, %2 how many segments there are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) · %1 of all customers</source>
        <extracomment>Size of a segment in presenter mode; %1 the number of customers, %2 their share such as &quot;18.2%&quot;.</extracomment>
        <translation>
            <numerusform>%Ln customer · %1 of all customers</numerusform>
            <numerusform>%Ln customers · %1 of all customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what sets this segment apart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of revenue (%2)</source>
        <extracomment>In presenter mode; %1 the segment&apos;s share of all revenue such as &quot;42.0%&quot;, %2 the column it is read from (e.g. &quot;Monetary (net)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric columns to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) · %1</source>
        <translation>
            <numerusform>%Ln customer · %1</numerusform>
            <numerusform>%Ln customers · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of revenue</source>
        <extracomment>Overview entry in presenter mode: the segment&apos;s share of revenue, e.g. &quot;42.0% of revenue&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileCard</name>
    <message>
        <source>%1 customers · %2 of all</source>
        <extracomment>Size of a segment on its card; %1 is the number of customers, %2 their share such as &quot;18.2%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric columns to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key numbers (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s average divided by the average of all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A text value and its share in a segment, e.g. &quot;Istanbul 42%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: %1 in this segment, %2 for all customers</source>
        <extracomment>Tooltip of a key number; %1 the segment&apos;s median, %2 the median of all customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfilePanel</name>
    <message>
        <source>No segments to describe yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what sets each segment apart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RfmGridWidget</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R score (recency: fewer days since the last purchase is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F score (frequency: number of orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Tooltip of an RFM grid cell, first line: %1 the cell (&quot;R5F4&quot;), %2 its segment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers</source>
        <extracomment>A part of a grid cell that monetary ranges split: %1 the segment, %Ln its customers.</extracomment>
        <translation>
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Several segments cover this cell; its customers go to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R score (recency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F score (frequency)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RfmMapDialog</name>
    <message>
        <source>RFM map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 segments on R × F (Champions … Lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 segments on R × F (the classic map, without Lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 segments on R × F (a simple map for a first look)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency counts the days up to this date; later purchases are left out. Shown first: the day after the last purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores 1–5 per measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days since the last purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary (net spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quintiles (fifths of the customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 limits in days, e.g. 14; 30; 90; 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 limits, lowest first, e.g. 2; 3; 5; 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (select cells on the grid, then a segment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put selected cells &amp;in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave selected cells &amp;out (Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM 1, RFM 2, … when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cells are in more than one segment: %1. The first segment in the list wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the customers have the same value (%3), so they all get %4.</source>
        <extracomment>%1 a measure, %2 a share of the customers, %3 the value they share, %4 a score (&quot;F1&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 then holds %2 of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put at least one cell in a segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customers and saving the segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the project: %1</source>
        <extracomment>A map stored in the project, offered next to the presets: %1 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;monetary scores</source>
        <extracomment>Before two spin boxes: &quot;Only monetary scores [M4] to [M5]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the selected segment to customers with these M scores in its cells; the others stay with the segment that covers them, or Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≤ %Ln days</source>
        <translation>
            <numerusform>≤ %Ln day</numerusform>
            <numerusform>≤ %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln days</source>
        <translation>
            <numerusform>≥ %Ln day</numerusform>
            <numerusform>≥ %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%Ln days</source>
        <extracomment>A range of days, e.g. &quot;15–33 days&quot;: %1 the first day, %Ln the last.</extracomment>
        <translation>
            <numerusform>%1–%Ln day</numerusform>
            <numerusform>%1–%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln orders</source>
        <translation>
            <numerusform>≥ %Ln order</numerusform>
            <numerusform>≥ %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≤ %Ln orders</source>
        <translation>
            <numerusform>≤ %Ln order</numerusform>
            <numerusform>≤ %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%Ln orders</source>
        <extracomment>A range of orders, e.g. &quot;2–3 orders&quot;: %1 the fewest, %Ln the most.</extracomment>
        <translation>
            <numerusform>%1–%Ln order</numerusform>
            <numerusform>%1–%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Recency, days from the last purchase to %1:</source>
        <extracomment>Before the recency bands: &quot;R5 ≤ 14 days · R4 15–33 days …&quot;; %1 the analysis date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency, orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary, net spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>One score band in real units: %1 the score (&quot;R5&quot;), %2 its values (&quot;≤ 14 days&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (M%2–M%3)</source>
        <extracomment>A segment limited to some monetary scores: %1 its name, %2 the lowest M, %3 the highest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln customers</source>
        <extracomment>A segment in the RFM map&apos;s legend: %1 its name, %Ln its customers.</extracomment>
        <translation>
            <numerusform>%1 — %Ln customer</numerusform>
            <numerusform>%1 — %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells of the grid</source>
        <translation>
            <numerusform>%n cell of the grid</numerusform>
            <numerusform>%n cells of the grid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other — %Ln customers</source>
        <translation>
            <numerusform>Other — %Ln customer</numerusform>
            <numerusform>Other — %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Its cells hold different monetary scores, as the map was loaded; choosing a range applies it to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog: %1 the segment&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %Ln R × F × M cells belongs to exactly one segment.</source>
        <translation>
            <numerusform>The only R × F × M cell belongs to exactly one segment.</numerusform>
            <numerusform>Every one of the %Ln R × F × M cells belongs to exactly one segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %Ln cells belongs to exactly one segment.</source>
        <translation>
            <numerusform>The only cell belongs to exactly one segment.</numerusform>
            <numerusform>Every one of the %Ln cells belongs to exactly one segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells belong to no segment: %1.</source>
        <extracomment>%n cells (of R x F, or of R x F x M), %1 their labels (&quot;R5F5M3, R5F4M3&quot;).</extracomment>
        <translation>
            <numerusform>%n cell belongs to no segment: %1.</numerusform>
            <numerusform>%n cells belong to no segment: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are counted as Other.</source>
        <translation>
            <numerusform>%Ln customer is counted as Other.</numerusform>
            <numerusform>%Ln customers are counted as Other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers bought nothing up to the analysis date and get no segment.</source>
        <translation>
            <numerusform>%Ln customer bought nothing up to the analysis date and gets no segment.</numerusform>
            <numerusform>%Ln customers bought nothing up to the analysis date and get no segment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RuleBuilderDialog</name>
    <message>
        <source>Segment 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-based segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Big spenders by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rule sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: segments are worked out again from these rules when the data is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: segments keep the customers they have now until you save the rules again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order matters: a customer who matches several segments goes to the first one in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep them without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who match no segment go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who belongs to the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group: all of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group: any of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conditions go into the selected group. Select a group to add conditions inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these are true (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the value of each condition to see how many customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule set a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the value of each condition first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Default name of the segment for customers no rule matches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %Ln customers</source>
        <extracomment>Segment list entry: position, name, customers placed in it.</extracomment>
        <translation>
            <numerusform>%1. %2 — %Ln customer</numerusform>
            <numerusform>%1. %2 — %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match.</source>
        <translation>
            <numerusform>%Ln customer matches.</numerusform>
            <numerusform>%Ln customers match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln also match an earlier segment and stay there.</source>
        <translation>
            <numerusform>%Ln also matches an earlier segment and stays there.</numerusform>
            <numerusform>%Ln also match an earlier segment and stay there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customers:</source>
        <translation>
            <numerusform>Of %Ln customer:</numerusform>
            <numerusform>Of %Ln customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match more than one segment (each goes to the first).</source>
        <translation>
            <numerusform>%Ln matches more than one segment (and goes to the first).</numerusform>
            <numerusform>%Ln match more than one segment (each goes to the first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match no segment and stay without one.</source>
        <translation>
            <numerusform>%Ln matches no segment and stays without one.</numerusform>
            <numerusform>%Ln match no segment and stay without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match no segment and go to “%1”.</source>
        <extracomment>%Ln customers, %1 the name of the segment for customers no rule matches.</extracomment>
        <translation>
            <numerusform>%Ln matches no segment and goes to “%1”.</numerusform>
            <numerusform>%Ln match no segment and go to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RuleConditionEditor</name>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least (≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most (≤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than (&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than (&lt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the values to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of days, e.g. 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas, e.g. 1, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SaveSelectionDialog</name>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selection as segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 selected customers become a segment of a new segmentation, which you can rename, recolour, profile and export like any other.</source>
        <extracomment>%1 is the number of selected customers, already formatted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everyone else in a second segment, “Rest”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>Name of the segment of all customers who were not selected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ScreePlot</name>
    <message>
        <source>PC%1</source>
        <extracomment>Label of a principal component under its bar in the scree plot; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCountDialog</name>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest number of segments must not be larger than the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare segment counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta segments your customers with each number of segments in the range, scores how well each one separates them, and recommends one. Nothing in the project changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns to segment on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers of segments from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two spin boxes of &quot;Numbers of segments from [2] to [8]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a saved criteria set instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCountView</name>
    <message>
        <source>&lt;b&gt;%1 segments&lt;/b&gt;: customers sit most clearly in their own segment (silhouette %2), and the segments come out the same on re-runs (stability %3).</source>
        <extracomment>Why a number of segments is recommended. %1 the number, %2 silhouette, %3 stability (both like &quot;0.55&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number of segments was stable on re-runs (stability 0.8 or more), so this is the best of the unstable ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 segments&lt;/b&gt;: customers sit most clearly in their own segment (silhouette %2).</source>
        <extracomment>Why a number of segments is recommended. %1 the number, %2 silhouette such as &quot;0.55&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores do not all agree: Calinski–Harabasz favours %1 segments and Davies–Bouldin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inertia curve bends most at %1 segments (the elbow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored on %1 customers.</source>
        <extracomment>%1 is the number of customers the scores were computed on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure how many segments to make? Segment › Compare segment counts… scores each number of segments and recommends one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing segment counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment into %1 segments…</source>
        <extracomment>Button under the segment-count charts; %1 is the recommended number of segments.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores do not all agree: Calinski–Harabasz and Davies–Bouldin both favour %1 segments.</source>
        <extracomment>%1 is a number of segments.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia (elbow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is tighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentDialog</name>
    <message>
        <source>Segmentation %1</source>
        <extracomment>Default name of a new segmentation; %1 is a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no columns with numbers to segment on. Import a customer table with numeric columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with similar values in the chosen columns are grouped into %1 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns to compare customers on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and the same data always give the same segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a saved criteria set instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast, for numbers. Each customer joins the segment whose average is closest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical (tree of merges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how groups join: customers are merged step by step into a tree, which is then cut into the number of segments. For numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed data (k-prototypes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For numbers and categories such as city or gender: numbers are compared by distance, categories by whether they match. How much categories count is set under the advanced options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative customers (k-medoids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment is led by a real customer, the most typical one. For numbers and categories (Gower distance). Slower than the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft segments (Gaussian mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For numbers. Segments may differ in size and shape, and each customer also gets how likely they belong to every segment, so customers between two segments show up as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very many customers (mini-batch k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the standard method, but learns from small batches of customers: much faster for hundreds of thousands of customers, with segments nearly as good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward (compact, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the two groups that stay most compact together: groups of similar spread. The usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the groups whose customers are closest on average; groups may differ more in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (tight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins groups only when all their customers are close: tight groups, some of them small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single (chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins groups through their closest customers: follows chains and often leaves one big group and a few tiny ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for more than %1 customers: only Ward can join that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no columns to segment on. Import a customer table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ward can join more than %1 customers: the other ways compare every pair of customers, which does not fit in memory. Choose Ward, or Standard (k-means).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has more than %1 customers, so the tree is built in two steps: first many small groups, then the tree of those groups. Much faster, and close to the full tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has more than %1 customers, so the representative customers are found on random samples of customers (CLARA). The result can change a little with the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no category columns. For numbers only, Standard (k-means) is faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category column is ticked, so only numbers are compared. Tick the columns marked “category” to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How groups are &amp;joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <extracomment>A text column offered to the mixed-data methods, whose values are taken as categories.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;tomatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much a different category (another city, say) counts against differences in numbers. Automatic balances the two; higher makes categories count more, 0 ignores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a new segmentation</source>
        <extracomment>First entry of &quot;Re-run of:&quot;: the run is not a re-run of an earlier segmentation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the names, colours and notes of an earlier segmentation where the segments match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentMapView</name>
    <message>
        <source>Segment %1</source>
        <extracomment>Fallback name of a segment on the map legend; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map axis %1 (%2 of variance)</source>
        <extracomment>Title of a segment-map axis; %1 is 1 or 2, %2 a percentage such as &quot;42.1%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <extracomment>Map tooltip without customer details; %1 is the customer&apos;s row number, %2 the segment name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every customer on the map again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear map selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <extracomment>Colour bar on the map: the value at the low end (values below it have the same colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <extracomment>Colour bar on the map: the value at the high end (values above it have the same colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasso selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag draws a freehand outline around the customers to select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · Shift+drag: select customers (Ctrl+Shift: lasso) · click a customer: its card · click a legend entry: hide or show a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood map, axis %1 (no units)</source>
        <extracomment>Title of a t-SNE map axis; %1 is 1 or 2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers drawn by density: stronger colour means more customers; each spot shows its largest segment.</source>
        <extracomment>Note on a map of many customers drawn as a density image; %1 is the number of customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers drawn by density: stronger colour means more customers; each spot shows the average value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentTableModel</name>
    <message>
        <source>%1: %2 customers (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of this column over the segment&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1</source>
        <extracomment>Column header: the segment&apos;s average of a data column, e.g. &quot;Average Fresh&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentationList</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this segmentation on the map and in the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy to edit names, colours and notes separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this segmentation; the customers and their data stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentationListModel</name>
    <message>
        <source>k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step hierarchical (Ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical (Ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical (single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Criteria: %2</source>
        <extracomment>Tooltip of a segmentation in the list; %1 its name, %2 the columns it was made from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-picked</source>
        <extracomment>Method of a segmentation saved from customers selected on the map or in the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed data (k-prototypes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative customers (k-medoids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <extracomment>Method of a segmentation: a Gaussian mixture model (soft segments with membership probabilities).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch k-means</source>
        <extracomment>Method of a segmentation: k-means on random batches of customers, for very large customer bases.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SilhouettePlot</name>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <extracomment>Beside a segment&apos;s block in the silhouette plot; %1 is its mean silhouette, e.g. 0.52.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1</source>
        <extracomment>Above the dashed line of the silhouette plot; %1 is the mean silhouette of all scored customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
