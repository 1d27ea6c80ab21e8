<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>%1, line %2, column %3</source>
        <extracomment>Where an error is: file name, line number, column number.</extracomment>
        <translation>%1, satır %2, sütun %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where an error is: file name, line number.</extracomment>
        <translation>%1, satır %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>“%1” dosyası bulunamadı.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>“%1” dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2.</source>
        <translation>“%1” dosyasına yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Segmenta project file.</source>
        <translation>“%1” bir Segmenta proje dosyası değil.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Segmenta (project format %2; this version reads up to %3). Update Segmenta to open it.</source>
        <translation>“%1” daha yeni bir Segmenta sürümüyle kaydedilmiş (proje biçimi %2; bu sürüm en çok %3 biçimini okuyabilir). Açmak için Segmenta’yı güncelleyin.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation>“%1” zaten var. Başka bir ad seçin ya da bu dosyayı açın.</translation>
    </message>
    <message>
        <source>The project file “%1” could not be updated (%2). Nothing was changed; check that there is free disk space and that no other program has the file open.</source>
        <translation>“%1” proje dosyası güncellenemedi (%2). Hiçbir şey değiştirilmedi; diskte boş yer olduğunu ve dosyanın başka bir programda açık olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>“%1” is empty: the first row must hold the column names.</source>
        <translation>“%1” boş: ilk satırda sütun adları bulunmalı.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3. Check the delimiter (currently “%4”) and the quotes around values that contain it.</source>
        <translation>%1. satırda %2 alan var, ancak başlık satırında %3 alan var. Ayırıcıyı (şu an “%4”) ve ayırıcıyı içeren değerlerin etrafındaki tırnakları kontrol edin.</translation>
    </message>
    <message>
        <source>The quote opened at line %1, column %2 is never closed.</source>
        <translation>Satır %1, sütun %2 konumunda açılan tırnak hiç kapatılmamış.</translation>
    </message>
    <message>
        <source>The column name “%1” appears twice in the header (field %2). Rename one of them.</source>
        <translation>“%1” sütun adı başlıkta iki kez geçiyor (%2. alan). Birini yeniden adlandırın.</translation>
    </message>
    <message>
        <source>Header field %1 has no name. Give every column a name.</source>
        <translation>Başlıktaki %1. alanın adı yok. Her sütuna bir ad verin.</translation>
    </message>
    <message>
        <source>Customer id “%1” in column “%2” appears again at line %3 (first at line %4). Each customer must appear only once.</source>
        <translation>“%2” sütunundaki “%1” müşteri numarası %3. satırda yeniden geçiyor (ilk kez %4. satırda). Her müşteri yalnızca bir kez yer almalı.</translation>
    </message>
    <message>
        <source>Line %1 has no customer id in column “%2”.</source>
        <translation>%1. satırda “%2” sütununda müşteri numarası yok.</translation>
    </message>
    <message>
        <source>“%1” already holds %2 customers. Import into a new project (File › New project…); adding to existing customers is not supported yet.</source>
        <translation>“%1” içinde zaten %2 müşteri var. Yeni bir projeye aktarın (Dosya › Yeni proje…); var olan müşterilere ekleme henüz desteklenmiyor.</translation>
    </message>
    <message>
        <source>There is no column named “%1”.</source>
        <translation>“%1” adında bir sütun yok.</translation>
    </message>
    <message>
        <source>Column “%1” holds %2, not numbers. Choose numeric columns to segment on.</source>
        <translation>“%1” sütununda sayı değil, %2 var. Segmentlere ayırmak için sayısal sütunlar seçin.</translation>
    </message>
    <message>
        <source>Only %1 customers have a value in every chosen column; at least %2 are needed.</source>
        <translation>Seçilen her sütunda değeri olan yalnızca %1 müşteri var; en az %2 müşteri gerekli.</translation>
    </message>
    <message>
        <source>“%1” is %2, but must be %3.</source>
        <translation>“%1” değeri %2, ancak %3 olmalı.</translation>
    </message>
    <message>
        <source>There is no segmentation named “%1”.</source>
        <translation>“%1” adında bir segmentasyon yok.</translation>
    </message>
    <message>
        <source>A segmentation named “%1” already exists. Choose another name.</source>
        <translation>“%1” adında bir segmentasyon zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>No project is open. Open or create one first (File menu).</source>
        <translation>Açık proje yok. Önce bir proje açın ya da oluşturun (Dosya menüsü).</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Bir sorun oluştu (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error message: %1 is the place (file, line, column), %2 what is wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Dosya açılamıyor</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Dosya kaydedilemiyor</translation>
    </message>
    <message>
        <source>Project not updated</source>
        <translation>Proje güncellenmedi</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>Cannot segment</source>
        <translation>Segmentlere ayrılamıyor</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Proje yok</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>tam sayılar</translation>
    </message>
    <message>
        <source>decimal numbers</source>
        <translation>ondalık sayılar</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <extracomment>Where an error is, when the file is not known: line number, column number.</extracomment>
        <translation>satır %1, sütun %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>Line %1, byte %2 is not valid %3 text. Choose the file&apos;s encoding, or save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
        <translation>%1. satır, %2. bayt geçerli bir %3 metni değil. Dosyanın kodlamasını seçin ya da dosyayı UTF-8 olarak kaydedip (Excel’de: “CSV UTF-8”) yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>customer id column</source>
        <translation>müşteri numarası sütunu</translation>
    </message>
    <message>
        <source>date column</source>
        <translation>tarih sütunu</translation>
    </message>
    <message>
        <source>amount column</source>
        <translation>tutar sütunu</translation>
    </message>
    <message>
        <source>Column “%1” holds “%2”, which is not a %3. Fix the value, or choose to skip such rows or to treat the value as missing.</source>
        <extracomment>%1 column name, %2 the value, %3 what was expected (translated), at a file place shown before.</extracomment>
        <translation>“%1” sütununda “%2” var; bu geçerli bir %3 değil. Değeri düzeltin ya da bu tür satırları atlamayı veya değeri eksik saymayı seçin.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>The dates in column “%1” (such as “%2”) can be read day-first or month-first. Choose the date format.</source>
        <translation>“%1” sütunundaki tarihler (örneğin “%2”) hem gün önce hem ay önce okunabiliyor. Tarih biçimini seçin.</translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as the %2. Choose that column.</source>
        <translation>“%1” dosyasındaki hiçbir sütun %2 olarak tanınmadı. O sütunu seçin.</translation>
    </message>
    <message>
        <source>“%1” was already imported on %2 (same content). Nothing was added; import a newer export to add its new rows.</source>
        <translation>“%1” %2 tarihinde zaten içe aktarılmış (içerik aynı). Hiçbir şey eklenmedi; yeni satırları eklemek için daha yeni bir dışa aktarımı içe aktarın.</translation>
    </message>
    <message>
        <source>“%1” holds no transactions. Import a transaction log first.</source>
        <translation>“%1” hiç işlem içermiyor. Önce bir işlem kaydı içe aktarın.</translation>
    </message>
    <message>
        <source>No transactions</source>
        <translation>İşlem yok</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>formül boş</translation>
    </message>
    <message>
        <source>this “)” has no “(” before it</source>
        <translation>bu “)” işaretinden önce bir “(” yok</translation>
    </message>
    <message>
        <source>an operator (+ - * /) or the end of the formula should come here</source>
        <translation>burada bir işlem (+ - * /) ya da formülün sonu gelmeli</translation>
    </message>
    <message>
        <source>it ends too early; a number, a column or “(” should follow</source>
        <translation>formül erken bitiyor; ardından bir sayı, bir sütun ya da “(” gelmeli</translation>
    </message>
    <message>
        <source>the “(” at character %1 is never closed with “)”</source>
        <translation>%1. karakterdeki “(” hiç “)” ile kapatılmıyor</translation>
    </message>
    <message>
        <source>the “[” is never closed with “]”</source>
        <translation>“[” hiç “]” ile kapatılmıyor</translation>
    </message>
    <message>
        <source>a column name is missing inside “[ ]”</source>
        <translation>“[ ]” içinde sütun adı eksik</translation>
    </message>
    <message>
        <source>“%1” is not a function; use log, sqrt or abs</source>
        <translation>“%1” bir işlev değil; log, sqrt ya da abs kullanın</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” bir sayı değil</translation>
    </message>
    <message>
        <source>“%1” cannot stand here; a number, a column or “(” was expected</source>
        <translation>“%1” burada olamaz; bir sayı, bir sütun ya da “(” bekleniyordu</translation>
    </message>
    <message>
        <source>The formula %1 cannot be read at character %2: %3.</source>
        <translation>%1 formülü %2. karakterde okunamıyor: %3.</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>tam sayı</translation>
    </message>
    <message>
        <source>yes/no value (yes/no, evet/hayır, true/false, 1/0, e/h)</source>
        <extracomment>What a yes/no column accepts, in &quot;… which is not a %3&quot;.</extracomment>
        <translation>evet/hayır değeri (evet/hayır, yes/no, true/false, 1/0, e/h)</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Put the percent sign where your language does (Turkish: %%1).</extracomment>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>×%1</source>
        <extracomment>An index against the average, e.g. &quot;×2.4&quot;; %1 is the number.</extracomment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>about average</source>
        <translation>ortalama civarında</translation>
    </message>
    <message>
        <source>%1× the average</source>
        <extracomment>How a segment&apos;s average compares to everyone&apos;s; %1 is a factor such as &quot;2.4&quot;.</extracomment>
        <translation>ortalamanın %1 katı</translation>
    </message>
    <message>
        <source>%1 is close to average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;1.1&quot;.</extracomment>
        <translation>%1: ortalamaya yakın (×%2)</translation>
    </message>
    <message>
        <source>%1 is close to average</source>
        <translation>%1: ortalamaya yakın</translation>
    </message>
    <message>
        <source>%1 is much higher than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;2.4&quot;.</extracomment>
        <translation>%1: ortalamanın çok üzerinde (×%2)</translation>
    </message>
    <message>
        <source>%1 is much higher than average</source>
        <translation>%1: ortalamanın çok üzerinde</translation>
    </message>
    <message>
        <source>%1 is somewhat higher than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;1.3&quot;.</extracomment>
        <translation>%1: ortalamanın biraz üzerinde (×%2)</translation>
    </message>
    <message>
        <source>%1 is somewhat higher than average</source>
        <translation>%1: ortalamanın biraz üzerinde</translation>
    </message>
    <message>
        <source>%1 is much lower than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;0.3&quot;.</extracomment>
        <translation>%1: ortalamanın çok altında (×%2)</translation>
    </message>
    <message>
        <source>%1 is much lower than average</source>
        <translation>%1: ortalamanın çok altında</translation>
    </message>
    <message>
        <source>%1 is somewhat lower than average (×%2)</source>
        <extracomment>%1 is a column name, %2 the segment&apos;s average as a multiple of everyone&apos;s, e.g. &quot;0.8&quot;.</extracomment>
        <translation>%1: ortalamanın biraz altında (×%2)</translation>
    </message>
    <message>
        <source>%1 is somewhat lower than average</source>
        <translation>%1: ortalamanın biraz altında</translation>
    </message>
</context>
<context>
    <name>SaveSelectionCommand</name>
    <message>
        <source>Save selection as “%1”</source>
        <extracomment>Undo/redo menu text; %1 is the new segmentation&apos;s name.</extracomment>
        <translation>Seçimi “%1” olarak kaydet</translation>
    </message>
</context>
<context>
    <name>SegmentEditCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <extracomment>Undo/redo menu text; %1 the old and %2 the new segmentation name.</extracomment>
        <translation>“%1” adını “%2” yap</translation>
    </message>
    <message>
        <source>Rename segment to “%1”</source>
        <extracomment>Undo/redo menu text; %1 the new segment name.</extracomment>
        <translation>Segmentin adını “%1” yap</translation>
    </message>
    <message>
        <source>Change segment colour</source>
        <translation>Segment rengini değiştir</translation>
    </message>
    <message>
        <source>Edit segment notes</source>
        <translation>Segment notlarını düzenle</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>There is nothing to export: the view is empty.</source>
        <translation>Dışa aktarılacak bir şey yok: görünüm boş.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Sonu .png, .svg veya .pdf ile biten bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Exported from Segmenta</source>
        <translation>Segmenta&apos;dan dışa aktarıldı</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and you may write to it.</source>
        <extracomment>%1 is the file the export could not write.</extracomment>
        <translation>“%1” yazılamadı. Klasörün var olduğunu ve yazma izniniz olduğunu denetleyin.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::AliveHeatmap</name>
    <message>
        <source>No P(alive) grid to show.</source>
        <translation>Gösterilecek P(aktif) tablosu yok.</translation>
    </message>
    <message>
        <source>Probability that a customer is still active, for a customer who first bought %1 weeks ago</source>
        <extracomment>Title of the heatmap; %1 is the customers&apos; age in weeks the grid is computed at.</extracomment>
        <translation>İlk alışverişini %1 hafta önce yapmış bir müşterinin hâlâ aktif olma olasılığı</translation>
    </message>
    <message>
        <source>Weeks from first to last purchase (recency)</source>
        <translation>İlk alışverişten son alışverişe geçen hafta (yakınlık)</translation>
    </message>
    <message>
        <source>Repeat purchases (frequency)</source>
        <translation>Tekrar alışverişler (sıklık)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktif)</translation>
    </message>
    <message>
        <source>%1 repeat purchases, the last %2 weeks after the first: %3 still active</source>
        <extracomment>Heatmap tooltip; %1 repeat purchases, %2 weeks, %3 the probability.</extracomment>
        <translation>%1 tekrar alışveriş, sonuncusu ilkinden %2 hafta sonra: %3 olasılıkla hâlâ aktif</translation>
    </message>
    <message>
        <source>No customer can have this history.</source>
        <translation>Hiçbir müşterinin böyle bir geçmişi olamaz.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::AtRiskTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Past value</source>
        <extracomment>At-risk list: what the customer spent on repeat purchases so far.</extracomment>
        <translation>Geçmiş değer</translation>
    </message>
    <message>
        <source>Still active</source>
        <extracomment>Probability that the customer is still active (P(alive)).</extracomment>
        <translation>Hâlâ aktif</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Beklenen değer</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Beklenen alışveriş</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ComparisonModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Average: %3 in this segment, %4 for all customers&lt;br&gt;Difference: %5 standard deviations</source>
        <extracomment>Heatmap cell tooltip. %1 segment, %2 sentence such as &quot;Milk is much higher than average (×2.4)&quot;, %3 segment average, %4 average of all customers, %5 standardised difference such as &quot;+1.2&quot;.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Ortalama: bu segmentte %3, tüm müşterilerde %4&lt;br&gt;Fark: %5 standart sapma</translation>
    </message>
    <message>
        <source>%1 customers (%2)</source>
        <extracomment>Heatmap row header tooltip; %1 number of customers, %2 share such as &quot;18.2%&quot;.</extracomment>
        <translation>%1 müşteri (%2)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ComparisonView</name>
    <message>
        <source>How far each segment&apos;s average lies from the average of all customers, in standard deviations: 0 is average, +1 is one standard deviation higher. Hover over a cell for the figures.</source>
        <translation>Her segmentin ortalamasının tüm müşterilerin ortalamasından kaç standart sapma uzakta olduğu: 0 ortalama demektir, +1 bir standart sapma yukarıda demektir. Rakamları görmek için fareyi bir hücrenin üzerine getirin.</translation>
    </message>
    <message>
        <source>Lower than average</source>
        <extracomment>Left end of the heatmap colour key.</extracomment>
        <translation>Ortalamanın altında</translation>
    </message>
    <message>
        <source>Higher than average</source>
        <extracomment>Right end of the heatmap colour key.</extracomment>
        <translation>Ortalamanın üzerinde</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CriteriaEditorDialog</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Önizleme güncelleniyor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the set a name before saving it.</source>
        <translation>Kaydetmeden önce kümeye bir ad verin.</translation>
    </message>
    <message>
        <source>Add at least one variable: a column, or a formula.</source>
        <translation>En az bir değişken ekleyin: bir sütun ya da bir formül.</translation>
    </message>
    <message>
        <source>%1 and %2 are almost the same (r = %3): together they count their shared trait twice. Consider removing one or lowering its weight.</source>
        <translation>%1 ile %2 neredeyse aynı (r = %3): birlikte, ortak özelliklerini iki kez saymış olurlar. Birini kaldırmayı ya da ağırlığını düşürmeyi düşünün.</translation>
    </message>
    <message>
        <source>The preview appears when the set has variables and no problems.</source>
        <translation>Önizleme, kümede değişkenler olduğunda ve hiçbir sorun olmadığında görünür.</translation>
    </message>
    <message>
        <source>No two variables are almost the same.</source>
        <translation>Neredeyse aynı olan iki değişken yok.</translation>
    </message>
    <message>
        <source>Select a variable to see its values</source>
        <translation>Değerlerini görmek için bir değişken seçin</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n categories</source>
        <translation>
            <numerusform>%1: %n kategori</numerusform>
        </translation>
    </message>
    <message>
        <source>One column per category</source>
        <translation>Her kategori için bir sütun</translation>
    </message>
    <message>
        <source>%1 as it is</source>
        <translation>%1 olduğu gibi</translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation>%1 dönüşümden sonra: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>Add a formula</source>
        <translation>Formül ekle</translation>
    </message>
    <message>
        <source>Name of the new variable:</source>
        <translation>Yeni değişkenin adı:</translation>
    </message>
    <message>
        <source>Formula, e.g. Grocery / (Fresh + 1) or log(Milk). Put names with spaces in [brackets]:</source>
        <translation>Formül, ör. Grocery / (Fresh + 1) veya log(Milk). Boşluk içeren adları [köşeli parantez] içine alın:</translation>
    </message>
    <message>
        <source>Import a criteria set</source>
        <translation>Ölçüt kümesi içe aktar</translation>
    </message>
    <message>
        <source>Criteria sets (*.json);;All files (*)</source>
        <translation>Ölçüt kümeleri (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export the criteria set</source>
        <translation>Ölçüt kümesini dışa aktar</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Ölçüt kümeleri</translation>
    </message>
    <message>
        <source>Choose what describes your customers. Each variable is a column or a formula; its weight (0 to 5) says how much it counts when customers are compared.</source>
        <translation>Müşterilerinizi neyin tanımladığını seçin. Her değişken bir sütun ya da bir formüldür; ağırlığı (0 ile 5 arası), müşteriler karşılaştırılırken o değişkenin ne kadar önemli olduğunu belirtir.</translation>
    </message>
    <message>
        <source>Saved sets:</source>
        <translation>Kayıtlı kümeler:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Yükle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Aktar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation>&amp;Sütun ekle</translation>
    </message>
    <message>
        <source>Add &amp;formula…</source>
        <translation>&amp;Formül ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>How alike the variables are</source>
        <translation>Değişkenler birbirine ne kadar benziyor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Kay&amp;det</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Yeni yanıt</translation>
    </message>
    <message>
        <source>Answers of %1 and the numbers they stand for</source>
        <translation>%1 yanıtları ve karşılık gelen sayılar</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers will be used.</source>
        <translation>
            <numerusform>%Ln müşterinin tümü kullanılacak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers will be used.</source>
        <translation>
            <numerusform>%Ln müşteri kullanılacak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are left out because %1 is missing.</source>
        <translation>
            <numerusform>%1 eksik olduğu için %Ln müşteri dışarıda kalıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are left out because one of %1 is missing.</source>
        <translation>
            <numerusform>%1 değerlerinden biri eksik olduğu için %Ln müşteri dışarıda kalıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis da&amp;te:</source>
        <translation>Analiz &amp;tarihi:</translation>
    </message>
    <message>
        <source>Date variables become the number of days before this date.</source>
        <translation>Tarih değişkenleri bu tarihten önceki gün sayısına dönüşür.</translation>
    </message>
    <message>
        <source>Automatic: the day after the latest date</source>
        <translation>Otomatik: en son tarihten sonraki gün</translation>
    </message>
    <message>
        <source>(no date variable)</source>
        <translation>(tarih değişkeni yok)</translation>
    </message>
    <message>
        <source>Fill with:</source>
        <translation>Şununla doldur:</translation>
    </message>
    <message>
        <source>English Likert scale</source>
        <translation>İngilizce Likert ölçeği</translation>
    </message>
    <message>
        <source>Strongly disagree = 1 … Strongly agree = 5</source>
        <translation>Strongly disagree = 1 … Strongly agree = 5</translation>
    </message>
    <message>
        <source>Turkish Likert scale</source>
        <translation>Türkçe Likert ölçeği</translation>
    </message>
    <message>
        <source>Kesinlikle katılmıyorum = 1 … Kesinlikle katılıyorum = 5</source>
        <translation>Kesinlikle katılmıyorum = 1 … Kesinlikle katılıyorum = 5</translation>
    </message>
    <message>
        <source>Add ans&amp;wer</source>
        <translation>Yanıt &amp;ekle</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Yanıtı kaldır</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>The answer takes the number of the one above</source>
        <translation>Yanıt, üstündekinin sayısını alır</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>The answer takes the number of the one below</source>
        <translation>Yanıt, altındakinin sayısını alır</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CriteriaVariableModel</name>
    <message>
        <source>Demographic</source>
        <translation>Demografik</translation>
    </message>
    <message>
        <source>Psychographic</source>
        <translation>Psikografik</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Davranışsal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Ordered answers</source>
        <translation>Sıralı yanıtlar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Olduğu gibi</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logaritmik ölçek</translation>
    </message>
    <message>
        <source>Standardise (z-score)</source>
        <translation>Standartlaştır (z-puanı)</translation>
    </message>
    <message>
        <source>0 to 1 (min–max)</source>
        <translation>0 ile 1 arası (min–maks)</translation>
    </message>
    <message>
        <source>Robust (median, IQR)</source>
        <translation>Dayanıklı (medyan, IQR)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Leave the customer out</source>
        <translation>Müşteriyi dışarıda bırak</translation>
    </message>
    <message>
        <source>Fill in a typical value</source>
        <translation>Tipik bir değerle doldur</translation>
    </message>
    <message>
        <source>Own category</source>
        <translation>Ayrı kategori</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>(one column per category)</source>
        <translation>(her kategori için bir sütun)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Değişken</translation>
    </message>
    <message>
        <source>Column or formula</source>
        <translation>Sütun veya formül</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Dönüşüm</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>When missing</source>
        <translation>Eksik olduğunda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CustomerCard</name>
    <message>
        <source>Customer %1</source>
        <extracomment>Title of the customer card window; %1 is the customer&apos;s id.
----------
Heading of the customer card; %1 is the customer&apos;s id.</extracomment>
        <translation>Müşteri %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <extracomment>On the customer card; %1 is the segment&apos;s name.</extracomment>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>In no segment</source>
        <translation>Hiçbir segmentte değil</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(değer yok)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DendrogramView</name>
    <message>
        <source>Merge height</source>
        <translation>Birleşme yüksekliği</translation>
    </message>
    <message numerus="yes">
        <source>Cut here: %n segments</source>
        <translation>
            <numerusform>Buradan kes: %n segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is ready with %n segments; the segments it continues lent it their names, colours and notes.</source>
        <translation>
            <numerusform>“%1” %n segmentle hazır; devam ettirdiği segmentlerin adları, renkleri ve notları ona aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dendrogram</source>
        <translation>Dendrogram</translation>
    </message>
    <message>
        <source>Dendrogram of “%1”</source>
        <translation>“%1” dendrogramı</translation>
    </message>
    <message>
        <source>Each branch joins two groups of customers; the higher the join, the less alike they are. Drag the dashed line up for fewer, larger segments or down for more, smaller ones (or click the drawing and use the Up and Down keys). The numbers at the bottom count the customers in each branch.</source>
        <translation>Her dal iki müşteri grubunu birleştirir; birleşme ne kadar yüksekteyse gruplar o kadar az benzerdir. Daha az ve daha büyük segmentler için kesikli çizgiyi yukarı, daha çok ve daha küçük segmentler için aşağı sürükleyin (ya da çizime tıklayıp Yukarı ve Aşağı tuşlarını kullanın). Alttaki sayılar her daldaki müşterileri sayar.</translation>
    </message>
    <message numerus="yes">
        <source>Make segmentation with %n segments</source>
        <translation>
            <numerusform>%n segmentli segmentasyon oluştur</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a segmentation to see its dendrogram.</source>
        <translation>Dendrogramını görmek için bir segmentasyon açın.</translation>
    </message>
    <message>
        <source>“%1” is hierarchical, but it was made before Segmenta kept the tree of merges. Run it again to see its dendrogram.</source>
        <translation>“%1” hiyerarşik, ancak Segmenta birleşme ağacını saklamaya başlamadan önce oluşturuldu. Dendrogramını görmek için yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>A dendrogram exists only for hierarchical segmentations. “%1” was made with another method, so there is no tree of merges to show. Segment the customers with the hierarchical method to see one.</source>
        <translation>Dendrogram yalnızca hiyerarşik segmentasyonlar için vardır. “%1” başka bir yöntemle oluşturuldu, bu yüzden gösterilecek bir birleşme ağacı yok. Bir dendrogram görmek için müşterileri hiyerarşik yöntemle segmentlere ayırın.</translation>
    </message>
    <message>
        <source>This segmentation has too few customers to draw a dendrogram.</source>
        <translation>Bu segmentasyonda dendrogram çizmek için çok az müşteri var.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DiagnosticsPage</name>
    <message>
        <source>Reading the segmentation…</source>
        <translation>Segmentasyon okunuyor…</translation>
    </message>
    <message>
        <source>Scoring how well each customer fits its segment…</source>
        <translation>Her müşterinin segmentine ne kadar uyduğu ölçülüyor…</translation>
    </message>
    <message>
        <source>Keeping the values in the project…</source>
        <translation>Değerler projeye kaydediliyor…</translation>
    </message>
    <message>
        <source>Measuring the variance of each component…</source>
        <translation>Her bileşenin varyansı ölçülüyor…</translation>
    </message>
    <message>
        <source>No segmentation to diagnose yet.</source>
        <translation>Henüz incelenecek bir segmentasyon yok.</translation>
    </message>
    <message>
        <source>How well “%1” holds together</source>
        <extracomment>Title of the Diagnostics tab; %1 is the segmentation&apos;s name.</extracomment>
        <translation>“%1” ne kadar tutarlı</translation>
    </message>
    <message>
        <source>Segment your customers first; their diagnostics then appear here.</source>
        <translation>Önce müşterilerinizi segmentlere ayırın; tanılama sonuçları burada görünür.</translation>
    </message>
    <message>
        <source>Working out the silhouette…</source>
        <translation>Siluet hesaplanıyor…</translation>
    </message>
    <message>
        <source>Cancelled. Click Compute to work out the silhouette.</source>
        <translation>İptal edildi. Siluet değerlerini hesaplamak için Hesapla&apos;ya tıklayın.</translation>
    </message>
    <message>
        <source>The silhouette is worked out when you open this tab.</source>
        <translation>Siluet, bu sekmeyi açtığınızda hesaplanır.</translation>
    </message>
    <message>
        <source>Average silhouette %1, on a random sample of %2 of the %3 customers in the segmentation (the same sample every time).</source>
        <extracomment>%1 the mean silhouette (e.g. 0.45), %2 the number of customers.</extracomment>
        <translation>Ortalama siluet %1; segmentasyondaki %3 müşteriden rastgele seçilen %2 müşterilik bir örneklem üzerinde (her seferinde aynı örneklem).</translation>
    </message>
    <message>
        <source>Average silhouette %1 over all %2 customers in the segmentation.</source>
        <translation>Segmentasyondaki %2 müşterinin tümü üzerinden ortalama siluet %1.</translation>
    </message>
    <message>
        <source>Working out the components…</source>
        <translation>Bileşenler hesaplanıyor…</translation>
    </message>
    <message>
        <source>The components are worked out when you open this tab.</source>
        <translation>Bileşenler, bu sekmeyi açtığınızda hesaplanır.</translation>
    </message>
    <message>
        <source>The map&apos;s two axes show %1 of the differences between customers on the segmentation&apos;s criteria.</source>
        <extracomment>%1 the share of the variance the two map axes show, e.g. 68.2%.</extracomment>
        <translation>Haritanın iki ekseni, müşteriler arasındaki farkların segmentasyon ölçütlerine göre %1&apos;ini gösteriyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) of the segmentation&apos;s criteria.</source>
        <translation>
            <numerusform>Segmentasyon ölçütlerinin %n bileşeni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Siluet</translation>
    </message>
    <message>
        <source>Variance by component</source>
        <translation>Bileşenlere göre varyans</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Hesapla</translation>
    </message>
    <message>
        <source>How to read it: each thin bar is one customer, sorted from best to worst fit within its segment. A value near 1 means the customer is much closer to its own segment than to any other, so it fits its segment well. Near 0 it sits between two segments; below 0 it would fit better in another segment. The dashed line is the average over all customers: a segment whose bars mostly stop short of it is loosely held together.</source>
        <translation>Nasıl okunur: her ince çubuk bir müşteridir ve müşteriler kendi segmentlerinde en iyi uyandan en kötü uyana doğru sıralanmıştır. 1&apos;e yakın bir değer, müşterinin kendi segmentine diğer segmentlerden çok daha yakın olduğunu, yani segmentine iyi uyduğunu gösterir. 0&apos;a yakınsa iki segmentin arasında kalır; 0&apos;ın altındaysa başka bir segmente daha iyi uyar. Kesikli çizgi tüm müşterilerin ortalamasıdır: çubuklarının çoğu bu çizgiye ulaşmayan bir segment gevşek bir bütündür.</translation>
    </message>
    <message>
        <source>How to read it: each bar is one direction through the customers&apos; criteria (a principal component) and how much of their differences it captures; the line adds them up. The map draws the first two (highlighted): when together they capture little, the map flattens much of the picture, and segments that overlap on it may still be well apart.</source>
        <translation>Nasıl okunur: her çubuk, müşterilerin ölçütleri içinden geçen bir yön (bir temel bileşen) ve müşteriler arasındaki farkların ne kadarını yakaladığıdır; çizgi bunları toplar. Harita ilk ikisini çizer (vurgulanmış olanlar): ikisi birlikte az şey yakalıyorsa harita resmin büyük kısmını düzleştirir ve haritada üst üste binen segmentler aslında birbirinden oldukça uzak olabilir.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DrawMapDialog</name>
    <message>
        <source>Draw map</source>
        <translation>Harita çiz</translation>
    </message>
    <message>
        <source>Draw a new map of “%1” (%2 customers). Each dot is a customer, coloured by its segment; customers that are alike end up close together. The new map becomes the one shown; the segments stay as they are.</source>
        <extracomment>%1 is the segmentation&apos;s name; %2 its number of customers, already formatted.</extracomment>
        <translation>“%1” için yeni bir harita çizin (%2 müşteri). Her nokta bir müşteridir ve segmentinin rengini taşır; birbirine benzeyen müşteriler yan yana düşer. Yeni harita gösterilen harita olur; segmentler olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>How to draw it</source>
        <translation>Nasıl çizilsin</translation>
    </message>
    <message>
        <source>Overview (PCA) — fast; distances are faithful overall</source>
        <translation>Genel bakış (PCA) — hızlı; uzaklıklar bütünde doğrudur</translation>
    </message>
    <message>
        <source>Shows the two directions in which customers differ most. Far apart on the map means different, wherever you look; tight groups may overlap.</source>
        <translation>Müşterilerin en çok ayrıştığı iki yönü gösterir. Haritada birbirinden uzak olan, nereye bakarsanız bakın farklıdır; sıkı gruplar üst üste binebilir.</translation>
    </message>
    <message>
        <source>Neighbourhoods (t-SNE) — groups stand apart clearly; takes longer</source>
        <translation>Komşuluklar (t-SNE) — gruplar birbirinden açıkça ayrılır; daha uzun sürer</translation>
    </message>
    <message>
        <source>Keeps each customer next to the customers most like it, so groups stand apart. Distances between groups and the axes mean little. You can watch the map settle while it is drawn.</source>
        <translation>Her müşteriyi ona en çok benzeyen müşterilerin yanında tutar; böylece gruplar ayrışır. Gruplar arası uzaklıkların ve eksenlerin pek anlamı yoktur. Çizilirken haritanın yerine oturmasını izleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Neighbourhoods (t-SNE)</source>
        <translation>Komşuluklar (t-SNE)</translation>
    </message>
    <message>
        <source>&amp;Neighbours per customer:</source>
        <translation>Müşteri başına &amp;komşu:</translation>
    </message>
    <message>
        <source>How many neighbours each customer looks at (the perplexity). From 1 to %1 for these %2 customers; small values show small local groups, large values more of the overall shape. 30 suits most data.</source>
        <extracomment>%1 is the largest allowed value; %2 the segmentation&apos;s number of customers, both formatted.</extracomment>
        <translation>Her müşterinin kaç komşusuna baktığı (perplexity). Bu %2 müşteri için 1 ile %1 arası; küçük değerler küçük yerel grupları, büyük değerler genel şekli daha çok gösterir. Çoğu veri için 30 uygundur.</translation>
    </message>
    <message>
        <source>Too few customers for a neighbourhood map: it needs at least 4.</source>
        <translation>Komşuluk haritası için müşteri çok az: en az 4 gerekir.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Gelişmiş</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Adım:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Tohum:</translation>
    </message>
    <message>
        <source>More steps let the map settle further; 750 is enough for most data. The same seed draws the same map again; another seed gives another arrangement of the same neighbourhoods.</source>
        <translation>Daha çok adım haritanın daha iyi yerine oturmasını sağlar; çoğu veri için 750 yeterlidir. Aynı tohum aynı haritayı yeniden çizer; başka bir tohum aynı komşulukların başka bir yerleşimini verir.</translation>
    </message>
    <message>
        <source>Draw on</source>
        <translation>Neye göre çizilsin</translation>
    </message>
    <message>
        <source>&amp;The segmentation&apos;s own criteria (%1)</source>
        <extracomment>%1 lists the first criteria, e.g. &quot;Age, Annual Income, …&quot;.</extracomment>
        <translation>&amp;Segmentasyonun kendi ölçütleri (%1)</translation>
    </message>
    <message>
        <source>&amp;The segmentation&apos;s own criteria (it has none: made by rules or by hand)</source>
        <translation>&amp;Segmentasyonun kendi ölçütleri (yok: kurallarla ya da elle yapılmış)</translation>
    </message>
    <message>
        <source>A saved &amp;criteria set:</source>
        <translation>Kayıtlı bir ö&amp;lçüt kümesi:</translation>
    </message>
    <message>
        <source>No criteria sets are saved in this project yet. Make one with Segment › Criteria sets…</source>
        <translation>Bu projede henüz kayıtlı ölçüt kümesi yok. Segment › Ölçüt kümeleri… ile bir tane oluşturun.</translation>
    </message>
    <message>
        <source>A criteria set draws the same customers on other variables (for example, segments made on spending, seen by age and income). Customers it leaves out for missing values get no dot; you are told how many after drawing.</source>
        <translation>Bir ölçüt kümesi aynı müşterileri başka değişkenlerle çizer (örneğin harcamaya göre yapılmış segmentleri yaş ve gelire göre görmek). Eksik değerler yüzünden dışarıda bıraktığı müşterilerin noktası olmaz; kaç tane olduğu çizimden sonra söylenir.</translation>
    </message>
    <message>
        <source>&amp;Draw map</source>
        <translation>&amp;Harita çiz</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportWizard</name>
    <message>
        <source>%1 customers were added to the project, with %2 columns you can segment on.</source>
        <translation>Projeye %1 müşteri eklendi; segmentlemede kullanabileceğiniz %2 sütun var.</translation>
    </message>
    <message>
        <source>The file has no customer ID column, so the customers were numbered 1, 2, 3, … in file order.</source>
        <translation>Dosyada müşteri kimliği sütunu yok; müşteriler dosyadaki sırayla 1, 2, 3, … diye numaralandı.</translation>
    </message>
    <message>
        <source>Customer IDs come from the column “%1”.</source>
        <translation>Müşteri kimlikleri “%1” sütunundan alındı.</translation>
    </message>
    <message>
        <source>%1 purchases were imported from %2 rows in the file.</source>
        <translation>Dosyadaki %2 satırdan %1 satın alma aktarıldı.</translation>
    </message>
    <message>
        <source>%1 rows with problems were left out.</source>
        <translation>Sorunlu %1 satır dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>%1 rows were already in the project and were left out.</source>
        <translation>%1 satır zaten projedeydi ve dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>The project now has %1 customers (%2 of them new), with purchases from %3 to %4.</source>
        <translation>Projede artık %1 müşteri var (%2 tanesi yeni); satın almalar %3 ile %4 arasında.</translation>
    </message>
    <message>
        <source>Nothing was written: the project is as it was.</source>
        <translation>Hiçbir şey yazılmadı: proje olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is as it was.</source>
        <translation>Aktarma iptal edildi. Hiçbir şey yazılmadı: proje olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Veri aktar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Aktar</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Bir dosya seçin</translation>
    </message>
    <message>
        <source>Pick the file that holds your customers or their purchases: a CSV or text file, or an Excel workbook (.xlsx). You can also drop a file onto the main window.</source>
        <translation>Müşterilerinizi veya satın almalarını içeren dosyayı seçin: bir CSV ya da metin dosyası veya bir Excel çalışma kitabı (.xlsx). Dosyayı ana pencereye de bırakabilirsiniz.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Henüz dosya seçilmedi</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>Dosyada ne var?</translation>
    </message>
    <message>
        <source>A customer table: one row per customer</source>
        <translation>Müşteri tablosu: her müşteri için bir satır</translation>
    </message>
    <message>
        <source>A transaction log: one row per purchase (order line)</source>
        <translation>İşlem kaydı: her satın alma (sipariş satırı) için bir satır</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Dosyanın yazılış biçimi</translation>
    </message>
    <message>
        <source>Segmenta has guessed how the file is written. If the table below looks wrong, change the settings until it looks right.</source>
        <translation>Segmenta dosyanın nasıl yazıldığını tahmin etti. Aşağıdaki tablo yanlış görünüyorsa, doğru görünene kadar ayarları değiştirin.</translation>
    </message>
    <message>
        <source>Values separated by:</source>
        <translation>Değer ayırıcı:</translation>
    </message>
    <message>
        <source>Character set:</source>
        <translation>Karakter kümesi:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Ondalık işareti:</translation>
    </message>
    <message>
        <source>Dates written as:</source>
        <translation>Tarih biçimi:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sayfa:</translation>
    </message>
    <message>
        <source>Find out</source>
        <translation>Otomatik bul</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgül ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Noktalı virgül ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sekme</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Dikey çizgi ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel “Unicode metin”)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Türkçe (Windows-1254)</translation>
    </message>
    <message>
        <source>Turkish (ISO-8859-9)</source>
        <translation>Türkçe (ISO-8859-9)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Batı Avrupa (Windows-1252)</translation>
    </message>
    <message>
        <source>Dot: 1234.56</source>
        <translation>Nokta: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Virgül: 1234,56</translation>
    </message>
    <message>
        <source>2024-12-31</source>
        <translation>2024-12-31</translation>
    </message>
    <message>
        <source>31.12.2024 (day first)</source>
        <translation>31.12.2024 (önce gün)</translation>
    </message>
    <message>
        <source>12/31/2024 (month first)</source>
        <translation>12/31/2024 (önce ay)</translation>
    </message>
    <message>
        <source>20241231</source>
        <translation>20241231</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>İlk sayfa</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>What each column holds. Segmenta&apos;s suggestions are already chosen; change any that are wrong.</source>
        <translation>Her sütunun içeriği. Segmenta&apos;nın önerileri seçili; yanlış olanları değiştirin.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Örnek değerler</translation>
    </message>
    <message>
        <source>Kind of values</source>
        <translation>Değer türü</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Criteria family</source>
        <translation>Ölçüt ailesi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <source>What Segmenta found when it read the whole file. Nothing has been written yet.</source>
        <translation>Segmenta&apos;nın dosyanın tamamını okurken bulduğu şeyler. Henüz hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>What should happen to rows with problems?</source>
        <translation>Sorunlu satırlara ne olsun?</translation>
    </message>
    <message>
        <source>Leave those rows out and import the rest</source>
        <translation>Bu satırları dışarıda bırak, gerisini aktar</translation>
    </message>
    <message>
        <source>Import nothing, so I can fix the file first</source>
        <translation>Hiçbir şey aktarma; önce dosyayı düzelteyim</translation>
    </message>
    <message>
        <source>Import those rows and leave the values that cannot be read empty</source>
        <translation>Bu satırları aktar, okunamayan değerleri boş bırak</translation>
    </message>
    <message>
        <source>Segmenta writes the file into the project. All of it is written, or nothing is.</source>
        <translation>Segmenta dosyayı projeye yazıyor. Ya tamamı yazılır ya hiçbiri.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Aktarmayı iptal et</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Aktarılacak dosyayı seçin</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Veri dosyaları (*.csv *.tsv *.txt *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <source>From its columns, this file looks like a transaction log.</source>
        <translation>Sütunlarına bakılırsa bu dosya bir işlem kaydı.</translation>
    </message>
    <message>
        <source>From its columns, this file looks like a customer table.</source>
        <translation>Sütunlarına bakılırsa bu dosya bir müşteri tablosu.</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation>%1 satır ve %2 sütun.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown; the numbers on the left are the lines in the file.</source>
        <translation>İlk %1 satır gösteriliyor; soldaki numaralar dosyadaki satırlardır.</translation>
    </message>
    <message>
        <source>An Excel workbook: sheet “%1” is shown.</source>
        <translation>Bir Excel çalışma kitabı: “%1” sayfası gösteriliyor.</translation>
    </message>
    <message>
        <source>Read as: separated by %1; character set %2; decimal mark %3.</source>
        <translation>Okuma biçimi: ayırıcı %1; karakter kümesi %2; ondalık işareti %3.</translation>
    </message>
    <message>
        <source>Some of this is a guess: check the table below.</source>
        <translation>Bunların bir kısmı tahmin: aşağıdaki tabloyu kontrol edin.</translation>
    </message>
    <message>
        <source>Some dates could be day first or month first: choose how dates are written.</source>
        <translation>Bazı tarihler önce gün de önce ay da olabilir: tarihlerin nasıl yazıldığını seçin.</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>Tam sayılar</translation>
    </message>
    <message>
        <source>Numbers with decimals</source>
        <translation>Ondalıklı sayılar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Dates with times</source>
        <translation>Saatli tarihler</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Evet / hayır</translation>
    </message>
    <message>
        <source>A few categories</source>
        <translation>Birkaç kategori</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Serbest metin</translation>
    </message>
    <message>
        <source>Codes or IDs</source>
        <translation>Kodlar veya kimlikler</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Müşteri kimliği</translation>
    </message>
    <message>
        <source>Order or invoice number</source>
        <translation>Sipariş veya fatura numarası</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Satın alma tarihi</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Ödenen tutar</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Ürün kategorisi</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Satış kanalı</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Kullanılmıyor</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Müşteri bilgisi</translation>
    </message>
    <message>
        <source>Who they are (demographic)</source>
        <translation>Kim oldukları (demografik)</translation>
    </message>
    <message>
        <source>What they think (psychographic)</source>
        <translation>Ne düşündükleri (psikografik)</translation>
    </message>
    <message>
        <source>How they buy (behavioural)</source>
        <translation>Nasıl satın aldıkları (davranışsal)</translation>
    </message>
    <message>
        <source>What they are worth (value)</source>
        <translation>Ne kadar değerli oldukları (değer)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>A transaction log needs a customer ID, a purchase date and the amount paid (or a unit price and a quantity). The customer features (recency, frequency, spend, …) are computed from them.</source>
        <translation>Bir işlem kaydında müşteri kimliği, satın alma tarihi ve ödenen tutar (ya da birim fiyat ve adet) gerekir. Müşteri özellikleri (yenilik, sıklık, harcama, …) bunlardan hesaplanır.</translation>
    </message>
    <message>
        <source>Every column but the customer ID becomes customer information you can segment on. Without a customer ID column, customers are numbered in file order.</source>
        <translation>Müşteri kimliği dışındaki her sütun, segmentlemede kullanabileceğiniz müşteri bilgisine dönüşür. Müşteri kimliği sütunu yoksa müşteriler dosyadaki sırayla numaralandırılır.</translation>
    </message>
    <message>
        <source>What Segmenta found in this column, checked over the whole file.</source>
        <translation>Segmenta&apos;nın bu sütunda bulduğu, dosyanın tamamında kontrol edildi.</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(tüm satır)</translation>
    </message>
    <message>
        <source>Has %1 values instead of %2</source>
        <translation>%2 yerine %1 değer var</translation>
    </message>
    <message>
        <source>… and %1 more rows with the wrong number of values</source>
        <translation>… ve değer sayısı yanlış %1 satır daha</translation>
    </message>
    <message>
        <source>Missing, but needed for every purchase</source>
        <translation>Eksik, ama her satın alma için gerekli</translation>
    </message>
    <message>
        <source>Cannot be read as: %1</source>
        <translation>Şu şekilde okunamıyor: %1</translation>
    </message>
    <message>
        <source>… %1 values with a problem in this column in all</source>
        <translation>… bu sütunda toplam %1 sorunlu değer</translation>
    </message>
    <message>
        <source>No problems found: all %1 rows can be imported.</source>
        <translation>Sorun bulunmadı: %1 satırın tamamı aktarılabilir.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have a problem. The table lists the first ones with their line in the file.</source>
        <translation>%2 satırdan %1 tanesinde sorun var. Tablo ilklerini dosyadaki satır numaralarıyla listeliyor.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>“%1” aktarılıyor…</translation>
    </message>
    <message>
        <source>Another job is still running. Try again when it has finished.</source>
        <translation>Başka bir iş hâlâ çalışıyor. Bittiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Tamamlandı.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Dosya aktarılmadı.</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dışarıda bırak</translation>
    </message>
    <message>
        <source>Missing, but every customer needs an id</source>
        <translation>Eksik, ama her müşterinin bir kimliği olmalı</translation>
    </message>
    <message>
        <source>Repeats the customer id of an earlier row</source>
        <translation>Önceki bir satırın müşteri kimliğini tekrarlıyor</translation>
    </message>
    <message>
        <source>… %1 rows repeating an earlier customer id in all</source>
        <translation>… toplam %1 satır önceki bir müşteri kimliğini tekrarlıyor</translation>
    </message>
    <message>
        <source>In a customer table, rows with the wrong number of values, without a customer id or repeating an earlier row&apos;s id are left out unless you stop the import (of a repeated id, the first row is kept); a number that cannot be read leaves its row out, stops the import or is left empty, as you choose below.</source>
        <translation>Müşteri tablosunda değer sayısı yanlış olan, müşteri kimliği olmayan veya önceki bir satırın kimliğini tekrarlayan satırlar, içe aktarmayı durdurmadığınız sürece dışarıda bırakılır (tekrarlanan bir kimliğin ilk satırı korunur); okunamayan bir sayı, aşağıda seçtiğiniz gibi satırını dışarıda bırakır, içe aktarmayı durdurur veya boş bırakılır.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::JobProgressBar</name>
    <message>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <source>Preparing the columns…</source>
        <translation>Sütunlar hazırlanıyor…</translation>
    </message>
    <message>
        <source>Grouping customers…</source>
        <translation>Müşteriler gruplanıyor…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Harita çiziliyor…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Müşteriler içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Segmenting customers…</source>
        <translation>Müşteriler segmentlere ayrılıyor…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop the job. The project stays as it was.</source>
        <translation>İşi durdurun. Proje olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Counting repeat purchases…</source>
        <translation>Tekrar alışverişler sayılıyor…</translation>
    </message>
    <message>
        <source>Fitting the purchase model…</source>
        <translation>Alışveriş modeli uyduruluyor…</translation>
    </message>
    <message>
        <source>Fitting the spend model…</source>
        <translation>Harcama modeli uyduruluyor…</translation>
    </message>
    <message>
        <source>Working out the CLV ranges…</source>
        <translation>CLV aralıkları hesaplanıyor…</translation>
    </message>
    <message>
        <source>Checking the fit…</source>
        <translation>Uyum denetleniyor…</translation>
    </message>
    <message>
        <source>Working out lifetime value…</source>
        <translation>Yaşam boyu değer hesaplanıyor…</translation>
    </message>
    <message>
        <source>Finding each customer&apos;s nearest neighbours…</source>
        <translation>Her müşterinin en yakın komşuları bulunuyor…</translation>
    </message>
    <message>
        <source>Settling the map…</source>
        <translation>Harita yerine oturuyor…</translation>
    </message>
    <message>
        <source>Checking how well the map keeps neighbours…</source>
        <translation>Haritanın komşulukları ne kadar koruduğu denetleniyor…</translation>
    </message>
    <message>
        <source>Saving the map…</source>
        <translation>Harita kaydediliyor…</translation>
    </message>
    <message>
        <source>step %1 of %2 · KL %3</source>
        <extracomment>Status bar while a t-SNE map settles, after &quot;Settling the map…&quot;; %1 and %2 are step numbers, %3 the Kullback-Leibler divergence (a number such as 0.84; lower: the map keeps neighbours better).</extracomment>
        <translation>adım %1 / %2 · KL %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Status bar: what the job is doing (%1), then details such as the step (%2).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>KL divergence: how much of each customer&apos;s neighbourhood the map loses. It falls as the map settles.</source>
        <translation>KL ıraksaması: haritanın her müşterinin komşuluğundan ne kadarını kaybettiği. Harita yerine oturdukça düşer.</translation>
    </message>
    <message>
        <source>Adding the new customers to their segments…</source>
        <translation>Yeni müşteriler segmentlerine ekleniyor…</translation>
    </message>
    <message>
        <source>Placing the new customers on the map…</source>
        <translation>Yeni müşteriler haritaya yerleştiriliyor…</translation>
    </message>
    <message>
        <source>Cutting the tree again…</source>
        <translation>Ağaç yeniden kesiliyor…</translation>
    </message>
    <message>
        <source>Adding new customers…</source>
        <translation>Yeni müşteriler ekleniyor…</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::LifetimeValueDialog</name>
    <message>
        <source>Done. P(alive), expected purchases and CLV are now columns of the customer table.</source>
        <translation>Tamamlandı. P(aktif), beklenen alışveriş ve CLV artık müşteri tablosunun sütunları.</translation>
    </message>
    <message>
        <source>The tiers are saved as the segmentation “%1”.</source>
        <translation>Dilimler “%1” segmentasyonu olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Cancelled. The project is as it was.</source>
        <translation>İptal edildi. Proje olduğu gibi kaldı.</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Yaşam boyu değer</translation>
    </message>
    <message>
        <source>Lifetime value predicts, from each customer&apos;s purchases so far, how many more purchases to expect, how likely the customer is still active, and what the customer is worth over the coming months. It needs a transaction log: who bought, when and for how much.</source>
        <translation>Yaşam boyu değer, her müşterinin bugüne kadarki alışverişlerinden kaç alışveriş daha beklenebileceğini, müşterinin hâlâ aktif olma olasılığını ve önümüzdeki aylarda ne kadar değer getireceğini tahmin eder. Bunun için bir işlem kaydı gerekir: kim, ne zaman, ne kadarlık alışveriş yaptı.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>BG/NBD (recommended)</source>
        <translation>BG/NBD (önerilen)</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>BG/NBD: customers may drop out right after a purchase; robust and fast. Pareto/NBD: customers may drop out at any time.</source>
        <translation>BG/NBD: müşteriler bir alışverişin hemen ardından kopabilir; sağlam ve hızlı. Pareto/NBD: müşteriler herhangi bir anda kopabilir.</translation>
    </message>
    <message>
        <source>C&amp;heck the fit on later purchases</source>
        <translation>Uyumu sonraki alışverişlerle &amp;denetle</translation>
    </message>
    <message>
        <source>Learn from the purchases up to a date and compare the predictions with what customers actually bought after it.</source>
        <translation>Bir tarihe kadarki alışverişlerden öğren ve tahminleri müşterilerin o tarihten sonra gerçekte yaptığı alışverişlerle karşılaştır.</translation>
    </message>
    <message>
        <source>Learn &amp;up to:</source>
        <translation>Şu &amp;tarihe kadar öğren:</translation>
    </message>
    <message>
        <source>&amp;Look ahead (months):</source>
        <translation>&amp;İleriye bakış (ay):</translation>
    </message>
    <message>
        <source>Monthly &amp;discount rate (%):</source>
        <translation>Aylık i&amp;skonto oranı (%):</translation>
    </message>
    <message>
        <source>Dra&amp;ws for CLV ranges:</source>
        <translation>CLV aralıkları için &amp;çekiliş:</translation>
    </message>
    <message>
        <source>no ranges</source>
        <translation>aralık yok</translation>
    </message>
    <message>
        <source>Save the CLV &amp;tiers as a segmentation</source>
        <translation>CLV di&amp;limlerini segmentasyon olarak kaydet</translation>
    </message>
    <message>
        <source>Learn up to: purchases after this date are kept back to check the predictions. Look ahead: how far CLV looks into the future. Discount rate: how much less a sale next month is worth than one today. Draws: how many times the fit is redrawn to give each CLV a range (more is steadier but slower; 0 gives none).</source>
        <translation>Şu tarihe kadar öğren: bu tarihten sonraki alışverişler tahminleri denetlemek için ayrılır. İleriye bakış: CLV&apos;nin geleceğe ne kadar baktığı. İskonto oranı: gelecek ayki bir satışın bugünkünden ne kadar az değerli olduğu. Çekiliş: her CLV&apos;ye bir aralık vermek için uyumun kaç kez yeniden çekildiği (fazlası daha kararlı ama daha yavaş; 0 aralık vermez).</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ç&amp;alıştır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>This project has no transaction log, so there are no purchases to learn from. Import one with File › Import… (one row per purchase: customer, date, amount), then open Segment › Lifetime value… again.</source>
        <translation>Bu projede işlem kaydı yok, bu yüzden öğrenilecek alışveriş yok. Dosya › İçe aktar… ile bir kayıt aktarın (her alışveriş bir satır: müşteri, tarih, tutar), sonra Segment › Yaşam boyu değer… penceresini yeniden açın.</translation>
    </message>
    <message>
        <source>No lifetime value yet. Choose the settings on the left and press Run.</source>
        <translation>Henüz yaşam boyu değer yok. Soldaki ayarları seçip Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>İzleme</translation>
    </message>
    <message>
        <source>By frequency</source>
        <translation>Sıklığa göre</translation>
    </message>
    <message>
        <source>P(alive) map</source>
        <translation>P(aktif) haritası</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk altında</translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation>Tahmin edilen parametreler</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standart hata</translation>
    </message>
    <message>
        <source>CLV tiers</source>
        <translation>CLV dilimleri</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Dilim</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Lowest CLV</source>
        <translation>En düşük CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Toplam CLV</translation>
    </message>
    <message>
        <source>Each cell is a purchase history: how often a customer came back (up) and how long after the first purchase the last one was (across). Dark: probably still a customer; light: probably gone. Frequent buyers who have not bought for a long time are the ones to win back.</source>
        <translation>Her hücre bir alışveriş geçmişidir: müşterinin kaç kez geri geldiği (yukarı) ve son alışverişin ilkinden ne kadar sonra olduğu (yana). Koyu: büyük olasılıkla hâlâ müşteri; açık: büyük olasılıkla kaybedilmiş. Sık alıp uzun süredir almayanlar geri kazanılması gerekenlerdir.</translation>
    </message>
    <message numerus="yes">
        <source>%n valuable customer(s) are probably lost.</source>
        <translation>
            <numerusform>%n değerli müşteri büyük olasılıkla kaybedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valuable: among the top %1 by what they spent on repeat purchases. Probably lost: less than %2 likely to be still active.</source>
        <translation>Değerli: tekrar alışverişlerde harcadıklarına göre ilk %1 içinde. Büyük olasılıkla kaybedilmiş: hâlâ aktif olma olasılığı %2&apos;den az.</translation>
    </message>
    <message>
        <source>The list itself is not saved with the project: press Run to see who they are.</source>
        <translation>Listenin kendisi projeyle kaydedilmez: kim olduklarını görmek için Çalıştır&apos;a basın.</translation>
    </message>
    <message numerus="yes">
        <source>The %n who spent most are listed.</source>
        <translation>
            <numerusform>En çok harcayan %n müşteri listelendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the run saved on %1. Press Run to fit again.</source>
        <extracomment>%1 is the date and time of the saved run.</extracomment>
        <translation>%1 tarihinde kaydedilen çalışma gösteriliyor. Yeniden uydurmak için Çalıştır&apos;a basın.</translation>
    </message>
    <message numerus="yes">
        <source>Value of all customers over the next %n month(s): %1</source>
        <extracomment>%n is the number of months, %1 the total value.</extracomment>
        <translation>
            <numerusform>Tüm müşterilerin önümüzdeki %n aydaki değeri: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2 (the middle 90 % of %n redrawn fits).</source>
        <translation>
            <numerusform>Büyük olasılıkla %1 ile %2 arasında (%n yeniden çekilmiş uyumun ortadaki %90&apos;ı).</numerusform>
        </translation>
    </message>
    <message>
        <source>No range: the run was asked for none (draws for CLV ranges: 0).</source>
        <translation>Aralık yok: çalışmada aralık istenmedi (CLV aralıkları için çekiliş: 0).</translation>
    </message>
    <message>
        <source>No range: the data do not say how uncertain the fit is (see the notes below).</source>
        <translation>Aralık yok: veriler uyumun ne kadar belirsiz olduğunu söylemiyor (aşağıdaki notlara bakın).</translation>
    </message>
    <message>
        <source>Fitted on %1 customers, %2 of whom bought more than once.</source>
        <translation>%1 müşteriyle uyduruldu; bunların %2 tanesi birden fazla kez alışveriş yaptı.</translation>
    </message>
    <message>
        <source>Learnt from the purchases up to %1; those from then to %2 check the predictions.</source>
        <translation>%1 tarihine kadarki alışverişlerden öğrenildi; o tarihten %2 tarihine kadarkiler tahminleri denetliyor.</translation>
    </message>
    <message>
        <source>Learnt from every purchase up to %1.</source>
        <translation>%1 tarihine kadarki tüm alışverişlerden öğrenildi.</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>Veriler hakkında</translation>
    </message>
    <message>
        <source>About the fit</source>
        <translation>Uyum hakkında</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>yakınsadı</translation>
    </message>
    <message>
        <source>did not converge, so treat its numbers with care</source>
        <translation>yakınsamadı, bu yüzden sayılarına dikkatle yaklaşın</translation>
    </message>
    <message>
        <source>Purchase model (%1): log-likelihood %2, %3.</source>
        <translation>Alışveriş modeli (%1): log-olabilirlik %2, %3.</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma): log-likelihood %1, %2.</source>
        <translation>Harcama modeli (Gamma-Gamma): log-olabilirlik %1, %2.</translation>
    </message>
    <message>
        <source>Frequency and spend: too few repeat buyers to check whether customers who buy more often also spend more per order.</source>
        <translation>Sıklık ve harcama: daha sık alan müşterilerin sipariş başına daha çok harcayıp harcamadığını denetlemek için tekrar alıcı çok az.</translation>
    </message>
    <message>
        <source>Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per order. Weak enough for the spend model, which assumes none.</source>
        <translation>Sıklık ve harcama: tekrar alıcıların ne sıklıkla aldığı ile sipariş başına harcaması arasındaki korelasyon %1. İlişki olmadığını varsayan harcama modeli için yeterince zayıf.</translation>
    </message>
    <message>
        <source>Frequency and spend: correlation %1 between how often repeat buyers buy and what they spend per order. The spend model assumes none, so the value predictions may be biased.</source>
        <translation>Sıklık ve harcama: tekrar alıcıların ne sıklıkla aldığı ile sipariş başına harcaması arasındaki korelasyon %1. Harcama modeli ilişki olmadığını varsayar, bu yüzden değer tahminleri yanlı olabilir.</translation>
    </message>
    <message>
        <source>Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 fewer.</source>
        <extracomment>%1 a date, %2 purchases made, %3 purchases the model expected, %4 the difference in percent.</extracomment>
        <translation>Ayrılan dönem denetimi: %1 sonrasında müşteriler %2 alışveriş yaptı; model %3 bekliyordu, yani %4 daha az.</translation>
    </message>
    <message>
        <source>Holdout check: after %1 customers made %2 purchases; the model expected %3, %4 more.</source>
        <translation>Ayrılan dönem denetimi: %1 sonrasında müşteriler %2 alışveriş yaptı; model %3 bekliyordu, yani %4 daha fazla.</translation>
    </message>
    <message>
        <source>Holdout check: none, as this run learnt from every purchase.</source>
        <translation>Ayrılan dönem denetimi: yok, çünkü bu çalışma tüm alışverişlerden öğrendi.</translation>
    </message>
    <message>
        <source>Top 1%</source>
        <translation>İlk %1</translation>
    </message>
    <message>
        <source>Top 1–5%</source>
        <translation>İlk %1–5</translation>
    </message>
    <message>
        <source>Top 5–20%</source>
        <translation>İlk %5–20</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Diğerleri</translation>
    </message>
    <message>
        <source>No repeat purchases to track.</source>
        <translation>İzlenecek tekrar alışveriş yok.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Expected by the model</source>
        <translation>Modelin beklediği</translation>
    </message>
    <message>
        <source>Weeks since the first purchase in the data</source>
        <translation>Verideki ilk alışverişten bu yana geçen hafta</translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation>O güne kadarki tekrar alışverişler</translation>
    </message>
    <message>
        <source>Calibration end (%1)</source>
        <translation>Öğrenme döneminin sonu (%1)</translation>
    </message>
    <message>
        <source>Repeat purchases, actual and expected, week by week</source>
        <translation>Hafta hafta tekrar alışverişler: gerçekleşen ve beklenen</translation>
    </message>
    <message>
        <source>Left of the dotted line the models learnt from the purchases; right of it they predict purchases they never saw. Lines that stay together after it mean the predictions hold.</source>
        <translation>Noktalı çizginin solunda modeller alışverişlerden öğrendi; sağında hiç görmedikleri alışverişleri tahmin ediyorlar. Çizgiden sonra birlikte ilerleyen eğriler tahminlerin tuttuğunu gösterir.</translation>
    </message>
    <message>
        <source>No holdout: this run learnt from every purchase, so the chart only shows how well the model fits what it saw. To test its predictions, run again with “Check the fit on later purchases”.</source>
        <translation>Ayrılan dönem yok: bu çalışma tüm alışverişlerden öğrendi, bu yüzden grafik yalnızca modelin gördüklerine ne kadar uyduğunu gösteriyor. Tahminlerini sınamak için “Uyumu sonraki alışverişlerle denetle” seçeneğiyle yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>Nothing to compare: this run learnt from every purchase, so there are no later purchases to check its predictions against. Run again with “Check the fit on later purchases” and a date some months before your last transaction.</source>
        <translation>Karşılaştırılacak bir şey yok: bu çalışma tüm alışverişlerden öğrendi, bu yüzden tahminlerini sınayacak sonraki alışveriş yok. “Uyumu sonraki alışverişlerle denetle” seçeneği ve son işleminizden birkaç ay önceki bir tarihle yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A group of customers by repeat purchases: &quot;7+&quot; is seven or more.</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Repeat purchases up to %1</source>
        <translation>%1 tarihine kadarki tekrar alışverişler</translation>
    </message>
    <message>
        <source>Purchases per customer afterwards</source>
        <translation>Sonrasında müşteri başına alışveriş</translation>
    </message>
    <message>
        <source>Purchases after %1 by how often customers had come back before</source>
        <translation>Müşterilerin daha önce kaç kez geri geldiğine göre %1 sonrasındaki alışverişler</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases in the calibration period: how many purchases each group made afterwards, per customer, against the model&apos;s prediction.</source>
        <translation>Müşteriler öğrenme dönemindeki tekrar alışverişlerine göre gruplandı: her grubun sonrasında müşteri başına yaptığı alışveriş, modelin tahminiyle yan yana.</translation>
    </message>
    <message>
        <source>Only %1 of %2 customers bought more than once. The models learn how often people come back from repeat buyers; with fewer than 100 the estimates are rough and the CLV ranges wide.</source>
        <translation>%2 müşteriden yalnızca %1 tanesi birden fazla kez alışveriş yaptı. Modeller insanların ne sıklıkla geri geldiğini tekrar alıcılardan öğrenir; 100&apos;den azıyla tahminler kaba, CLV aralıkları geniş olur.</translation>
    </message>
    <message>
        <source>The purchases the models learn from cover only %1 weeks. With less than half a year they cannot tell customers who buy rarely from customers who are gone; treat P(alive) and CLV as rough.</source>
        <translation>Modellerin öğrendiği alışverişler yalnızca %1 haftayı kapsıyor. Yarım yıldan kısa bir sürede seyrek alanları kaybedilmiş müşterilerden ayıramazlar; P(aktif) ve CLV&apos;yi kaba birer tahmin sayın.</translation>
    </message>
    <message>
        <source>The period kept back for checking is short compared with the period the models learn from, so the check of the predictions says little.</source>
        <translation>Denetim için ayrılan dönem, modellerin öğrendiği döneme göre kısa; bu yüzden tahminlerin denetimi pek bir şey söylemiyor.</translation>
    </message>
    <message>
        <source>Only %1 repeat buyers: the estimates are uncertain.</source>
        <translation>Yalnızca %1 tekrar alıcı: tahminler belirsiz.</translation>
    </message>
    <message>
        <source>A parameter ran to the edge of its search range: the data hardly pin it down.</source>
        <translation>Bir parametre arama aralığının sınırına dayandı: veriler onu pek belirleyemiyor.</translation>
    </message>
    <message>
        <source>The fit stopped at its step limit before it converged.</source>
        <translation>Uyum, yakınsamadan adım sınırında durdu.</translation>
    </message>
    <message>
        <source>No CLV ranges: the fit is too flat around its estimate to say how uncertain the parameters are.</source>
        <translation>CLV aralığı yok: uyum tahmininin çevresinde parametrelerin ne kadar belirsiz olduğunu söyleyemeyecek kadar düz.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no CLV range: in most redrawn fits their value has no finite number.</source>
        <translation>
            <numerusform>%n müşterinin CLV aralığı yok: yeniden çekilen uyumların çoğunda değerleri sonlu bir sayı değil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat buyer(s) with an average spend of 0 or less were left out of the spend model.</source>
        <translation>
            <numerusform>Ortalama harcaması 0 ya da daha az olan %n tekrar alıcı harcama modelinin dışında bırakıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data show hardly any customers leaving, so the model cannot learn when a customer is lost: the chance of still being active is close to 100 % for everyone, and the CLV assumes that customers keep buying. A longer purchase history helps.</source>
        <translation>Verilerde müşteri kaybına neredeyse hiç rastlanmıyor; bu yüzden model bir müşterinin ne zaman kaybedildiğini öğrenemiyor: herkesin hâlâ aktif olma olasılığı %100&apos;e yakın çıkıyor ve CLV müşterilerin alışverişe devam edeceğini varsayıyor. Daha uzun bir alışveriş geçmişi işe yarar.</translation>
    </message>
    <message>
        <source>The data say little about how customers stop buying (the two numbers behind it are less certain than their own size), so the chance of still being active and the CLV are rough. A longer purchase history helps.</source>
        <translation>Veriler müşterilerin alışverişi nasıl bıraktığı hakkında pek bir şey söylemiyor (bunun arkasındaki iki sayı, kendi büyüklüklerinden daha belirsiz); bu yüzden hâlâ aktif olma olasılığı ve CLV kaba tahminlerdir. Daha uzun bir alışveriş geçmişi işe yarar.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Yeni proje…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Boş bir proje dosyası oluşturun</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Proje &amp;aç…</translation>
    </message>
    <message>
        <source>Open a Segmenta project file</source>
        <translation>Bir Segmenta proje dosyası açın</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son kullanılanlar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Segment customers…</source>
        <translation>Müşterileri &amp;segmentlere ayır…</translation>
    </message>
    <message>
        <source>Group customers with similar values into segments</source>
        <translation>Benzer değerlere sahip müşterileri segmentlerde toplayın</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>Segmenta &amp;hakkında</translation>
    </message>
    <message>
        <source>Import customers (CSV)…</source>
        <translation>Müşterileri içe aktar (CSV)…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Proje aç…</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Segment haritası</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Se&amp;gmentation:</source>
        <translation>Se&amp;gmentasyon:</translation>
    </message>
    <message>
        <source>No segments yet. Group your customers into segments: Segment › Segment customers…</source>
        <translation>Henüz segment yok. Müşterilerinizi segmentlere ayırın: Segment › Müşterileri segmentlere ayır…</translation>
    </message>
    <message>
        <source>Segment customers…</source>
        <translation>Müşterileri segmentlere ayır…</translation>
    </message>
    <message>
        <source>%1 — Segmenta</source>
        <extracomment>Window title; %1 is the project file name.</extracomment>
        <translation>%1 — Segmenta</translation>
    </message>
    <message>
        <source>Welcome to Segmenta</source>
        <translation>Segmenta’ya hoş geldiniz</translation>
    </message>
    <message>
        <source>Open a project to begin: File › Open project…, or create one with File › New project…</source>
        <translation>Başlamak için bir proje açın: Dosya › Proje aç…; ya da Dosya › Yeni proje… ile yeni bir proje oluşturun.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Açık proje yok</translation>
    </message>
    <message>
        <source>This project has no customers yet</source>
        <translation>Bu projede henüz müşteri yok</translation>
    </message>
    <message>
        <source>Import a customer table (CSV) to begin: File › Import customers. You can also drop a .csv file onto this window.</source>
        <translation>Başlamak için bir müşteri tablosu (CSV) içe aktarın: Dosya › Müşterileri içe aktar. Bir .csv dosyasını bu pencereye sürükleyip bırakabilirsiniz de.</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Müşteri yok</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <extracomment>Status bar; %1 is the number of customers, already formatted.</extracomment>
        <translation>%1 müşteri</translation>
    </message>
    <message>
        <source>%1 (%2 segments on %3 columns)</source>
        <extracomment>Segmentation chooser entry: name, number of segments, columns used.</extracomment>
        <translation>%1 (%3 sütunda %2 segment)</translation>
    </message>
    <message>
        <source>Imported %1 customers.</source>
        <translation>%1 müşteri içe aktarıldı.</translation>
    </message>
    <message>
        <source>“%1” is ready: %2 segments.</source>
        <translation>“%1” hazır: %2 segment.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta projeleri (*.segmenta)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta);;All files (*)</source>
        <translation>Segmenta projeleri (*.segmenta);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation>Segmenta hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for people without a data team: import a customer table, group similar customers into segments, and see what sets each segment apart.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Veri ekibi olmayanlar için müşteri segmentasyonu: bir müşteri tablosunu içe aktarın, benzer müşterileri segmentlerde toplayın ve her segmenti farklı kılan özellikleri görün.&lt;/p&gt;&lt;p&gt;GNU GPL sürüm 3 ya da sonraki bir sürümle lisanslanmıştır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Open Recent entry: its number (the keyboard accelerator) and the file name.</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Son kullanılan proje yok</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Listeyi &amp;temizle</translation>
    </message>
    <message>
        <source>Compare segments</source>
        <translation>Segmentleri karşılaştır</translation>
    </message>
    <message>
        <source>Segment counts</source>
        <translation>Segment sayıları</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>View menu entry that shows a tab; %1 is the tab&apos;s name.</extracomment>
        <translation>%1 sekmesini göster</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Segment profilleri</translation>
    </message>
    <message>
        <source>Segment &amp;profiles</source>
        <translation>Segment &amp;profilleri</translation>
    </message>
    <message>
        <source>&amp;Compare segment counts…</source>
        <translation>Segment sayılarını &amp;karşılaştır…</translation>
    </message>
    <message>
        <source>Score each number of segments and get a recommendation</source>
        <translation>Her segment sayısını puanlayın ve bir öneri alın</translation>
    </message>
    <message>
        <source>%1 customers selected on the map</source>
        <extracomment>Status bar after selecting on the map; %1 is the number of customers.</extracomment>
        <translation>Haritada %1 müşteri seçildi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer %1&lt;/b&gt;&lt;br&gt;Segment: %2</source>
        <extracomment>Map tooltip, first lines; %1 customer id, %2 segment name.</extracomment>
        <translation>&lt;b&gt;Müşteri %1&lt;/b&gt;&lt;br&gt;Segment: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Aktar…</translation>
    </message>
    <message>
        <source>Read customers or their purchases from a CSV or Excel file into the project</source>
        <translation>Müşterileri veya satın almalarını bir CSV ya da Excel dosyasından projeye okuyun</translation>
    </message>
    <message>
        <source>Segmentations</source>
        <translation>Segmentasyonlar</translation>
    </message>
    <message>
        <source>Segmen&amp;tations</source>
        <translation>Segmen&amp;tasyonlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 is what would be undone, e.g. &quot;Rename segment to “Loyal”&quot;.</extracomment>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 is what would be redone.</extracomment>
        <translation>&amp;Yinele: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Re&amp;name segment…</source>
        <translation>Segmenti yeniden &amp;adlandır…</translation>
    </message>
    <message>
        <source>Give the selected segment a name your team will recognise</source>
        <translation>Seçili segmente ekibinizin tanıyacağı bir ad verin</translation>
    </message>
    <message>
        <source>Segment &amp;colour…</source>
        <translation>Segment &amp;rengi…</translation>
    </message>
    <message>
        <source>&amp;Default segment colour</source>
        <translation>&amp;Varsayılan segment rengi</translation>
    </message>
    <message>
        <source>Segment &amp;notes…</source>
        <translation>Segment &amp;notları…</translation>
    </message>
    <message>
        <source>Write down what you know or plan for the selected segment</source>
        <translation>Seçili segment hakkında bildiklerinizi veya planlarınızı yazın</translation>
    </message>
    <message>
        <source>Select a segment in the table below the map first.</source>
        <translation>Önce haritanın altındaki tablodan bir segment seçin.</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Segmenti yeniden adlandır</translation>
    </message>
    <message>
        <source>A short name your team will recognise, such as “Loyal big spenders”:</source>
        <translation>Ekibinizin tanıyacağı kısa bir ad, örneğin “Sadık yüksek harcayanlar”:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1” rengi</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>“%1” hakkında notlar</translation>
    </message>
    <message>
        <source>What you know about these customers, or plan for them. The notes appear on the segment&apos;s card.</source>
        <translation>Bu müşteriler hakkında bildikleriniz veya onlar için planlarınız. Notlar segmentin kartında görünür.</translation>
    </message>
    <message>
        <source>Rename segmentation</source>
        <translation>Segmentasyonu yeniden adlandır</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1” için yeni ad:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Suggested name of a copy; %1 is the original&apos;s name.</extracomment>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Suggested name of a further copy; %1 the original&apos;s name, %2 a number.</extracomment>
        <translation>%1 (kopya %2)</translation>
    </message>
    <message>
        <source>Duplicate segmentation</source>
        <translation>Segmentasyonu çoğalt</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>“%1” kopyasının adı:</translation>
    </message>
    <message>
        <source>Delete segmentation</source>
        <translation>Segmentasyonu sil</translation>
    </message>
    <message>
        <source>Delete “%1”? Its segments, their names, colours and notes, and its maps are removed. Your customers and their data stay. This cannot be undone.</source>
        <translation>“%1” silinsin mi? Segmentleri, adları, renkleri, notları ve haritaları kaldırılır. Müşterileriniz ve verileri kalır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” silindi.</translation>
    </message>
    <message>
        <source>&amp;Rule-based segments…</source>
        <translation>&amp;Kurala dayalı segmentler…</translation>
    </message>
    <message>
        <source>Put customers into segments by rules you write, such as “Milk at least 10,000”</source>
        <translation>Müşterileri, yazdığınız kurallara göre segmentlere ayırın; örneğin “Milk en az 10.000”</translation>
    </message>
    <message>
        <source>Criteria s&amp;ets…</source>
        <translation>Ölçüt &amp;kümeleri…</translation>
    </message>
    <message>
        <source>Choose and weigh the variables that describe your customers</source>
        <translation>Müşterilerinizi tanımlayan değişkenleri seçin ve ağırlıklandırın</translation>
    </message>
    <message>
        <source>R&amp;FM map…</source>
        <translation>R&amp;FM haritası…</translation>
    </message>
    <message>
        <source>Group customers by how recently, how often and how much they bought</source>
        <translation>Müşterileri en son ne zaman, ne sıklıkla ve ne kadar alışveriş yaptıklarına göre gruplandırın</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” kaydedildi.</translation>
    </message>
    <message>
        <source>RFM map</source>
        <translation>RFM haritası</translation>
    </message>
    <message>
        <source>RFM segments need a transaction log (who bought, when, how much). Import one with File › Import…, then open Segment › RFM map… again.</source>
        <translation>RFM segmentleri için bir işlem kaydı (kimin, ne zaman, ne kadar satın aldığı) gerekir. Dosya › Aktar… ile bir işlem kaydı aktarın, ardından Segment › RFM haritası… seçeneğini yeniden açın.</translation>
    </message>
    <message>
        <source>&amp;Lifetime value…</source>
        <translation>&amp;Yaşam boyu değer…</translation>
    </message>
    <message>
        <source>Predict each customer&apos;s future purchases and value, and who is probably lost</source>
        <translation>Her müşterinin gelecekteki alışverişlerini ve değerini, kimin büyük olasılıkla kaybedildiğini tahmin et</translation>
    </message>
    <message>
        <source>Save selection as se&amp;gment…</source>
        <translation>Seçimi se&amp;gment olarak kaydet…</translation>
    </message>
    <message>
        <source>Keep the customers selected on the map or in the customer table as a segment of their own</source>
        <translation>Haritada veya müşteri tablosunda seçilen müşterileri ayrı bir segment olarak sakla</translation>
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation>Görünümü &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Save the map or chart on screen as a PNG image, an SVG or a PDF file</source>
        <translation>Ekrandaki haritayı veya grafiği PNG resmi, SVG ya da PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Lifetime value is ready for %1 customers.</source>
        <extracomment>Status bar after a lifetime-value run; %1 the number of customers with a CLV.</extracomment>
        <translation>%1 müşterinin yaşam boyu değeri hazır.</translation>
    </message>
    <message>
        <source>Select customers first: Shift+drag on the map, or select rows in the customer table.</source>
        <translation>Önce müşteri seçin: haritada Shift+sürükleyin veya müşteri tablosunda satır seçin.</translation>
    </message>
    <message>
        <source>Selection %1</source>
        <extracomment>Suggested name of a segmentation saved from a selection; %1 is a number.
----------
Name of a segmentation saved from a selection when none was given; %1 is a number.</extracomment>
        <translation>Seçim %1</translation>
    </message>
    <message>
        <source>Saved %2 selected customers as “%1”.</source>
        <extracomment>Status bar; %1 the new segmentation&apos;s name, %2 the number of customers, already formatted.</extracomment>
        <translation>Seçilen %2 müşteri “%1” olarak kaydedildi.</translation>
    </message>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>PNG resmi, 2× çözünürlük (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Görünümü dışa aktar</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>“%1” dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>&amp;Draw map…</source>
        <translation>&amp;Harita çiz…</translation>
    </message>
    <message>
        <source>Draw the segmentation&apos;s map again: an overview (PCA) or neighbourhoods (t-SNE), on its own criteria or a saved criteria set</source>
        <translation>Segmentasyonun haritasını yeniden çizin: genel bakış (PCA) ya da komşuluklar (t-SNE), kendi ölçütleriyle ya da kayıtlı bir ölçüt kümesiyle</translation>
    </message>
    <message>
        <source>“%1” has a new neighbourhood map (KL divergence %2).</source>
        <extracomment>Status bar after drawing a t-SNE map; %1 the segmentation, %2 the KL divergence (lower: better).</extracomment>
        <translation>“%1” için yeni bir komşuluk haritası çizildi (KL ıraksaması %2).</translation>
    </message>
    <message>
        <source>“%1” has a new overview map.</source>
        <translation>“%1” için yeni bir genel bakış haritası çizildi.</translation>
    </message>
    <message numerus="yes">
        <source>The criteria set “%1” leaves %n customer(s) of this segmentation out: a value it needs is missing. They have no dot on this map. Customers on the map: %2.</source>
        <extracomment>After drawing a map on a criteria set; %1 the set&apos;s name, %2 the number of customers on the map.</extracomment>
        <translation>
            <numerusform>“%1” ölçüt kümesi bu segmentasyonun %n müşterisini dışarıda bırakıyor: gereken bir değer eksik. Bu haritada onların noktası yok. Haritadaki müşteri sayısı: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw map</source>
        <translation>Harita çiz</translation>
    </message>
    <message>
        <source>Add &amp;new customers…</source>
        <translation>&amp;Yeni müşterileri ekle…</translation>
    </message>
    <message>
        <source>Den&amp;drogram…</source>
        <translation>Den&amp;drogram…</translation>
    </message>
    <message>
        <source>See how a hierarchical segmentation&apos;s customers were joined, and cut it at another number of segments</source>
        <translation>Hiyerarşik bir segmentasyonun müşterilerinin nasıl birleştirildiğini görün ve onu başka bir segment sayısında kesin</translation>
    </message>
    <message>
        <source>Dendrogram</source>
        <translation>Dendrogram</translation>
    </message>
    <message>
        <source>Re-run compared</source>
        <translation>Yeniden çalıştırma karşılaştırıldı</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Sunum modu</translation>
    </message>
    <message>
        <source>Show the map and one segment at a time in large type, full screen; arrow keys step, Esc leaves</source>
        <translation>Haritayı ve her seferinde bir segmenti büyük yazıyla, tam ekran gösterir; ok tuşlarıyla ilerlenir, Esc ile çıkılır</translation>
    </message>
    <message>
        <source>Export &amp;members…</source>
        <translation>Ü&amp;yeleri dışa aktar…</translation>
    </message>
    <message>
        <source>Save the customers of the segmentation or of one segment, with the columns you choose, as CSV or Excel</source>
        <translation>Segmentasyonun ya da tek bir segmentin müşterilerini, seçtiğiniz sütunlarla CSV veya Excel olarak kaydeder</translation>
    </message>
    <message>
        <source>Wrote %1 customers to “%2”.</source>
        <translation>%1 müşteri “%2” dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Tanılama</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MapStyleBar</name>
    <message>
        <source>C&amp;olour by:</source>
        <translation>&amp;Renklendir:</translation>
    </message>
    <message>
        <source>S&amp;ize by:</source>
        <translation>&amp;Boyutlandır:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Same for all</source>
        <translation>Hepsi aynı</translation>
    </message>
    <message>
        <source>Colour the customers by their segment or by a number such as spend</source>
        <translation>Müşterileri segmentlerine veya harcama gibi bir sayıya göre renklendir</translation>
    </message>
    <message>
        <source>Draw customers with larger values as larger dots</source>
        <translation>Değeri büyük müşterileri daha büyük noktalarla çiz</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MatchingReportText</name>
    <message>
        <source>“%1”</source>
        <extracomment>A segment&apos;s name in a sentence.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Compared with “%1”: %Ln segment(s) kept their names, colours and notes.</source>
        <extracomment>After a re-run; %1 is the earlier segmentation&apos;s name, %Ln how many segments kept their names.</extracomment>
        <translation>
            <numerusform>“%1” ile karşılaştırıldı: %Ln segment adını, rengini ve notlarını korudu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln customer(s) are in both segmentations, so segments were matched by their averages instead.</source>
        <extracomment>%Ln customers are in both the earlier and the new segmentation.</extracomment>
        <translation>
            <numerusform>Her iki segmentasyonda da yalnızca %Ln müşteri var, bu yüzden segmentler bunun yerine ortalamalarına göre eşleştirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 continues as %2: %3 of its customers stayed.</source>
        <extracomment>%1 earlier segment, %2 the new one (often the same name), %3 a percentage such as &quot;92 %&quot;.</extracomment>
        <translation>%1, %2 olarak sürüyor: müşterilerinin %3 kadarı kaldı.</translation>
    </message>
    <message>
        <source>%1 continues as %2.</source>
        <translation>%1, %2 olarak sürüyor.</translation>
    </message>
    <message>
        <source>%1 split into %2.</source>
        <extracomment>%1 an earlier segment, %2 the new segments it went to (&quot;“A” and “B”&quot;).</extracomment>
        <translation>%1, %2 olarak bölündü.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <extracomment>%1 earlier segments (&quot;“A” and “B”&quot;), %2 the new segment they now mostly fill.</extracomment>
        <translation>%1, %2 içinde birleşti.</translation>
    </message>
    <message>
        <source>%1 is new: no earlier segment matches it.</source>
        <translation>%1 yeni: önceki hiçbir segment onunla eşleşmiyor.</translation>
    </message>
    <message>
        <source>%1 is gone: its customers spread over other segments.</source>
        <translation>%1 artık yok: müşterileri başka segmentlere dağıldı.</translation>
    </message>
    <message>
        <source>%1 is gone: no new segment matches it.</source>
        <translation>%1 artık yok: yeni hiçbir segment onunla eşleşmiyor.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MemberExportDialog</name>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to “%2”.</source>
        <extracomment>%1 the number of customers written, %2 the file.</extracomment>
        <translation>%1 müşteri “%2” dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Export members of “%1”</source>
        <extracomment>Window title; %1 is the segmentation&apos;s name.</extracomment>
        <translation>“%1” üyelerini dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Müşteriler:</translation>
    </message>
    <message>
        <source>All customers</source>
        <extracomment>Export scope: every customer of the project, also those without a segment.</extracomment>
        <translation>Tüm müşteriler</translation>
    </message>
    <message>
        <source>Only “%1” (%2 customers)</source>
        <extracomment>Export scope: one segment&apos;s members; %1 the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation>Yalnızca “%1” (%2 müşteri)</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>&amp;Sütunlar:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tümünü işaretle</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Hiçbirini işaretleme</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>CSV (text, comma-separated, UTF-8)</source>
        <translation>CSV (metin, virgülle ayrılmış, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Dışa aktarmayı iptal et</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Üyeleri dışa aktar</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::NewCustomersDialog</name>
    <message>
        <source>mixed data (k-prototypes)</source>
        <translation>karma veri (k-prototypes)</translation>
    </message>
    <message>
        <source>representative customers (k-medoids)</source>
        <translation>temsilci müşteriler (k-medoids)</translation>
    </message>
    <message>
        <source>soft segments (Gaussian mixture)</source>
        <translation>yumuşak segmentler (Gauss karışımı)</translation>
    </message>
    <message>
        <source>very many customers (mini-batch k-means)</source>
        <translation>çok sayıda müşteri (mini-batch k-means)</translation>
    </message>
    <message>
        <source>an RFM map</source>
        <translation>bir RFM haritası</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>kurallar</translation>
    </message>
    <message>
        <source>a saved selection</source>
        <translation>kaydedilmiş bir seçim</translation>
    </message>
    <message>
        <source>lifetime-value tiers</source>
        <translation>yaşam boyu değer katmanları</translation>
    </message>
    <message>
        <source>a criteria set or an older version of Segmenta</source>
        <translation>bir kriter seti ya da Segmenta&apos;nın eski bir sürümü</translation>
    </message>
    <message>
        <source>Open a segmentation first: the customers are added to the segmentation shown.</source>
        <translation>Önce bir segmentasyon açın: müşteriler gösterilen segmentasyona eklenir.</translation>
    </message>
    <message>
        <source>“%1” cannot take new customers: it was made with %2. Only segmentations made with Standard (k-means) or Hierarchical on columns keep what is needed to add customers later.</source>
        <translation>“%1” yeni müşteri alamaz: %2 ile oluşturuldu. Sonradan müşteri eklemek için gerekenleri yalnızca sütunlar üzerinde Standart (k-means) ya da Hiyerarşik yöntemle yapılan segmentasyonlar saklar.</translation>
    </message>
    <message numerus="yes">
        <source>To include the %Ln customer(s) not in it, segment again with Segment › Segment customers… and choose “%1” under “Re-run of”, so that its names, colours and notes carry over.</source>
        <translation>
            <numerusform>İçinde olmayan %Ln müşteriyi de katmak için Segment › Müşterileri segmentlere ayır… ile yeniden segmentlere ayırın ve “Yeniden çalıştırılan:” altında “%1” seçin; böylece adları, renkleri ve notları aktarılır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this project is already in “%1”: nobody is new. After you import more customers or transactions, come back here to add them.</source>
        <translation>Bu projedeki herkes zaten “%1” içinde: yeni kimse yok. Daha fazla müşteri ya da işlem içe aktardıktan sonra onları eklemek için buraya dönün.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) of this project are not yet in “%1”.</source>
        <translation>
            <numerusform>Bu projenin %Ln müşterisi henüz “%1” içinde değil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each joins the segment whose average is closest. The segments&apos; averages are not recomputed, and nobody already in them moves.</source>
        <translation>Her biri ortalaması en yakın olan segmente katılır. Segmentlerin ortalamaları yeniden hesaplanmaz ve zaten içlerinde olan kimsenin yeri değişmez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) already in it have no place on the map yet.</source>
        <translation>
            <numerusform>İçindeki %Ln müşterinin haritada henüz yeri yok.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are placed on the map beside the customers most like them; the map itself is not redrawn.</source>
        <translation>Haritada kendilerine en çok benzeyen müşterilerin yanına yerleştirilirler; haritanın kendisi yeniden çizilmez.</translation>
    </message>
    <message>
        <source>The segmentation has no map, so they get no place on one.</source>
        <translation>Segmentasyonun haritası yok, bu yüzden bir haritada yer almazlar.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>İptal edildi: hiçbir şey değişmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>“%1” segmentasyonuna %Ln müşteri eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 in all</source>
        <extracomment>One line per segment after adding customers: %1 segment name, %2 added, %3 size now.</extracomment>
        <translation>%1: %2 yeni, toplam %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) were left out: a value the segments are based on is missing for them.</source>
        <translation>
            <numerusform>%Ln müşteri dışarıda kaldı: segmentlerin dayandığı bir değer onlarda eksik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %Ln customer(s) on the map.</source>
        <translation>
            <numerusform>%Ln müşteri haritaya yerleştirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no place on the map: %1</source>
        <translation>Haritada yerleri yok: %1</translation>
    </message>
    <message>
        <source>Add new customers</source>
        <translation>Yeni müşterileri ekle</translation>
    </message>
    <message>
        <source>&amp;Add them</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>&amp;Place them</source>
        <translation>&amp;Yerleştir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::OrdinalLevelModel</name>
    <message>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::PresenterWindow</name>
    <message>
        <source>Presenter mode — %1</source>
        <translation>Sunum modu — %1</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>Onları ayıran ne</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tüm segmentler</translation>
    </message>
    <message>
        <source>→ next · ← previous · Home all segments · Esc leave</source>
        <extracomment>Key hints in the presenter&apos;s footer.</extracomment>
        <translation>→ sonraki · ← önceki · Home tüm segmentler · Esc çıkış</translation>
    </message>
    <message numerus="yes">
        <source>All %n segments</source>
        <extracomment>Footer of presenter mode on the overview; %n is the number of segments.</extracomment>
        <translation>
            <numerusform>%n segmentin tümü</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 of %2</source>
        <extracomment>Footer of presenter mode; %1 is the segment&apos;s number, %2 how many segments there are.</extracomment>
        <translation>Segment %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) · %1 of all customers</source>
        <extracomment>Size of a segment in presenter mode; %1 the number of customers, %2 their share such as &quot;18.2%&quot;.</extracomment>
        <translation>
            <numerusform>%Ln müşteri · tüm müşterilerin %1 kadarı</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what sets this segment apart…</source>
        <translation>Bu segmenti neyin ayırdığı hesaplanıyor…</translation>
    </message>
    <message>
        <source>%1 of revenue (%2)</source>
        <extracomment>In presenter mode; %1 the segment&apos;s share of all revenue such as &quot;42.0%&quot;, %2 the column it is read from (e.g. &quot;Monetary (net)&quot;).</extracomment>
        <translation>gelirin %1 kadarı (%2)</translation>
    </message>
    <message>
        <source>No numeric columns to compare.</source>
        <translation>Karşılaştırılacak sayısal sütun yok.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) · %1</source>
        <translation>
            <numerusform>%Ln müşteri · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of revenue</source>
        <extracomment>Overview entry in presenter mode: the segment&apos;s share of revenue, e.g. &quot;42.0% of revenue&quot;.</extracomment>
        <translation>gelirin %1 kadarı</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileCard</name>
    <message>
        <source>%1 customers · %2 of all</source>
        <extracomment>Size of a segment on its card; %1 is the number of customers, %2 their share such as &quot;18.2%&quot;.</extracomment>
        <translation>%1 müşteri · pay: %2</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>Onları farklı kılan özellikler</translation>
    </message>
    <message>
        <source>No numeric columns to compare.</source>
        <translation>Karşılaştırılacak sayısal sütun yok.</translation>
    </message>
    <message>
        <source>Key numbers (average)</source>
        <translation>Temel rakamlar (ortalama)</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Bu segment</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tüm müşteriler</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Endeks</translation>
    </message>
    <message>
        <source>The segment&apos;s average divided by the average of all customers</source>
        <translation>Segment ortalamasının tüm müşterilerin ortalamasına oranı</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A text value and its share in a segment, e.g. &quot;Istanbul 42%&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Median: %1 in this segment, %2 for all customers</source>
        <extracomment>Tooltip of a key number; %1 the segment&apos;s median, %2 the median of all customers.</extracomment>
        <translation>Medyan: bu segmentte %1, tüm müşterilerde %2</translation>
    </message>
    <message>
        <source>Most common values</source>
        <translation>En sık görülen değerler</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfilePanel</name>
    <message>
        <source>No segments to describe yet.</source>
        <translation>Henüz tanımlanacak segment yok.</translation>
    </message>
    <message>
        <source>Working out what sets each segment apart…</source>
        <translation>Her segmenti farklı kılan şey hesaplanıyor…</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RfmGridWidget</name>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>R score (recency: fewer days since the last purchase is better)</source>
        <translation>R puanı (yenilik: son satın almadan bu yana geçen gün sayısı ne kadar azsa o kadar iyi)</translation>
    </message>
    <message>
        <source>F score (frequency: number of orders)</source>
        <translation>F puanı (sıklık: sipariş sayısı)</translation>
    </message>
    <message>
        <source>Counting customers…</source>
        <translation>Müşteriler sayılıyor…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Tooltip of an RFM grid cell, first line: %1 the cell (&quot;R5F4&quot;), %2 its segment.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Gelir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers</source>
        <extracomment>A part of a grid cell that monetary ranges split: %1 the segment, %Ln its customers.</extracomment>
        <translation>
            <numerusform>%1: %Ln müşteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Several segments cover this cell; its customers go to the first.</source>
        <translation>Bu hücreyi birden fazla segment kapsıyor; müşterileri ilkine girer.</translation>
    </message>
    <message>
        <source>R score (recency)</source>
        <translation>R puanı (yenilik)</translation>
    </message>
    <message>
        <source>F score (frequency)</source>
        <translation>F puanı (sıklık)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RfmMapDialog</name>
    <message>
        <source>RFM map</source>
        <translation>RFM haritası</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Başlangıç şablonu:</translation>
    </message>
    <message>
        <source>11 segments on R × F (Champions … Lost)</source>
        <translation>R × F üzerinde 11 segment (Şampiyonlar … Kaybedilenler)</translation>
    </message>
    <message>
        <source>10 segments on R × F (the classic map, without Lost)</source>
        <translation>R × F üzerinde 10 segment (Kaybedilenler olmadan klasik harita)</translation>
    </message>
    <message>
        <source>6 segments on R × F (a simple map for a first look)</source>
        <translation>R × F üzerinde 6 segment (ilk bakış için basit bir harita)</translation>
    </message>
    <message>
        <source>&amp;Analysis date:</source>
        <translation>&amp;Analiz tarihi:</translation>
    </message>
    <message>
        <source>Recency counts the days up to this date; later purchases are left out. Shown first: the day after the last purchase.</source>
        <translation>Yenilik, bu tarihe kadar geçen günleri sayar; daha sonraki satın almalar hesaba katılmaz. İlk olarak son satın almanın ertesi günü gösterilir.</translation>
    </message>
    <message>
        <source>Scores 1–5 per measure:</source>
        <translation>Her ölçüm için 1–5 arası puan:</translation>
    </message>
    <message>
        <source>Recency (days since the last purchase)</source>
        <translation>Yenilik (son satın almadan bu yana geçen gün)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Sıklık (sipariş sayısı)</translation>
    </message>
    <message>
        <source>Monetary (net spend)</source>
        <translation>Parasal değer (net harcama)</translation>
    </message>
    <message>
        <source>Quintiles (fifths of the customers)</source>
        <translation>Beşte birlik dilimler (müşteriler beş eşit gruba ayrılır)</translation>
    </message>
    <message>
        <source>My thresholds</source>
        <translation>Kendi eşiklerim</translation>
    </message>
    <message>
        <source>4 limits in days, e.g. 14; 30; 90; 180</source>
        <translation>Gün cinsinden 4 sınır, ör. 14; 30; 90; 180</translation>
    </message>
    <message>
        <source>4 limits, lowest first, e.g. 2; 3; 5; 10</source>
        <translation>En düşükten başlayarak 4 sınır, ör. 2; 3; 5; 10</translation>
    </message>
    <message>
        <source>Segments (select cells on the grid, then a segment):</source>
        <translation>Segmentler (ızgarada hücreleri, ardından bir segment seçin):</translation>
    </message>
    <message>
        <source>Put selected cells &amp;in this segment</source>
        <translation>Seçili hücreleri bu segmente &amp;koy</translation>
    </message>
    <message>
        <source>Leave selected cells &amp;out (Other)</source>
        <translation>Seçili hücreleri &amp;dışarıda bırak (Diğer)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Segmentation &amp;name:</source>
        <translation>Segmentasyon &amp;adı:</translation>
    </message>
    <message>
        <source>RFM 1, RFM 2, … when left empty</source>
        <translation>Boş bırakılırsa RFM 1, RFM 2, …</translation>
    </message>
    <message>
        <source>&amp;Run and save</source>
        <translation>&amp;Çalıştır ve kaydet</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” bir sayı değil.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>hiç kimse</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Scoring the customers…</source>
        <translation>Müşteriler puanlanıyor…</translation>
    </message>
    <message>
        <source>These cells are in more than one segment: %1. The first segment in the list wins.</source>
        <translation>Şu hücreler birden fazla segmentte: %1. Listede ilk sıradaki segment geçerli olur.</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Yenilik</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>Parasal değer</translation>
    </message>
    <message>
        <source>%1: %2 of the customers have the same value (%3), so they all get %4.</source>
        <extracomment>%1 a measure, %2 a share of the customers, %3 the value they share, %4 a score (&quot;F1&quot;).</extracomment>
        <translation>%1: müşterilerin %2 kadarı aynı değere (%3) sahip; bu nedenle hepsine %4 verilir.</translation>
    </message>
    <message>
        <source>%1 then holds %2 of the customers.</source>
        <translation>Bu durumda %1, müşterilerin %2 kadarını içerir.</translation>
    </message>
    <message>
        <source>%1 stays empty.</source>
        <translation>%1 boş kalır.</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Segment ekle</translation>
    </message>
    <message>
        <source>Name of the new segment:</source>
        <translation>Yeni segmentin adı:</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Segmenti yeniden adlandır</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Yeni ad:</translation>
    </message>
    <message>
        <source>Put at least one cell in a segment first.</source>
        <translation>Önce en az bir hücreyi bir segmente koyun.</translation>
    </message>
    <message>
        <source>Scoring customers and saving the segments…</source>
        <translation>Müşteriler puanlanıyor ve segmentler kaydediliyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>İptal edildi: hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Stored in the project: %1</source>
        <extracomment>A map stored in the project, offered next to the presets: %1 its name.</extracomment>
        <translation>Projede kayıtlı: %1</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Renk…</translation>
    </message>
    <message>
        <source>Only &amp;monetary scores</source>
        <extracomment>Before two spin boxes: &quot;Only monetary scores [M4] to [M5]&quot;.</extracomment>
        <translation>Yalnızca &amp;parasal değer puanları</translation>
    </message>
    <message>
        <source>Limit the selected segment to customers with these M scores in its cells; the others stay with the segment that covers them, or Other.</source>
        <translation>Seçili segmenti, hücrelerinde bu M puanlarına sahip müşterilerle sınırlayın; diğerleri onları kapsayan segmentte ya da Diğer&apos;de kalır.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≤ %Ln days</source>
        <translation>
            <numerusform>≤ %Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln days</source>
        <translation>
            <numerusform>≥ %Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%Ln days</source>
        <extracomment>A range of days, e.g. &quot;15–33 days&quot;: %1 the first day, %Ln the last.</extracomment>
        <translation>
            <numerusform>%1–%Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln orders</source>
        <translation>
            <numerusform>≥ %Ln sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≤ %Ln orders</source>
        <translation>
            <numerusform>≤ %Ln sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%Ln orders</source>
        <extracomment>A range of orders, e.g. &quot;2–3 orders&quot;: %1 the fewest, %Ln the most.</extracomment>
        <translation>
            <numerusform>%1–%Ln sipariş</numerusform>
        </translation>
    </message>
    <message>
        <source>Recency, days from the last purchase to %1:</source>
        <extracomment>Before the recency bands: &quot;R5 ≤ 14 days · R4 15–33 days …&quot;; %1 the analysis date.</extracomment>
        <translation>Yenilik, son satın almadan %1 tarihine kadar geçen gün:</translation>
    </message>
    <message>
        <source>Frequency, orders:</source>
        <translation>Sıklık, sipariş sayısı:</translation>
    </message>
    <message>
        <source>Monetary, net spend:</source>
        <translation>Parasal değer, net harcama:</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>One score band in real units: %1 the score (&quot;R5&quot;), %2 its values (&quot;≤ 14 days&quot;).</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 (M%2–M%3)</source>
        <extracomment>A segment limited to some monetary scores: %1 its name, %2 the lowest M, %3 the highest.</extracomment>
        <translation>%1 (M%2–M%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln customers</source>
        <extracomment>A segment in the RFM map&apos;s legend: %1 its name, %Ln its customers.</extracomment>
        <translation>
            <numerusform>%1 — %Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells of the grid</source>
        <translation>
            <numerusform>Izgaranın %n hücresi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other — %Ln customers</source>
        <translation>
            <numerusform>Diğer — %Ln müşteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Its cells hold different monetary scores, as the map was loaded; choosing a range applies it to all of them.</source>
        <translation>Harita yüklendiği hâliyle hücrelerinde farklı parasal değer puanları var; bir aralık seçerseniz hepsine uygulanır.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog: %1 the segment&apos;s name.</extracomment>
        <translation>%1 rengi</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %Ln R × F × M cells belongs to exactly one segment.</source>
        <translation>
            <numerusform>%Ln R × F × M hücresinin her biri tam olarak bir segmente ait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %Ln cells belongs to exactly one segment.</source>
        <translation>
            <numerusform>%Ln hücrenin her biri tam olarak bir segmente ait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells belong to no segment: %1.</source>
        <extracomment>%n cells (of R x F, or of R x F x M), %1 their labels (&quot;R5F5M3, R5F4M3&quot;).</extracomment>
        <translation>
            <numerusform>%n hücre hiçbir segmente ait değil: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers are counted as Other.</source>
        <translation>
            <numerusform>%Ln müşteri Diğer olarak sayılır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers bought nothing up to the analysis date and get no segment.</source>
        <translation>
            <numerusform>%Ln müşteri analiz tarihine kadar hiçbir şey satın almadı ve hiçbir segmente girmez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RuleBuilderDialog</name>
    <message>
        <source>Segment 1</source>
        <translation>Segment 1</translation>
    </message>
    <message>
        <source>Rule-based segments</source>
        <translation>Kurala dayalı segmentler</translation>
    </message>
    <message>
        <source>e.g. Big spenders by channel</source>
        <translation>ör. Kanala göre yüksek harcayanlar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Dosyadan içe aktar…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Dosyaya dışa aktar…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Saved rule sets:</source>
        <translation>Kaydedilmiş kural kümeleri:</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dinamik</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Sabit</translation>
    </message>
    <message>
        <source>Dynamic: segments are worked out again from these rules when the data is refreshed.</source>
        <translation>Dinamik: veriler yenilendiğinde segmentler bu kurallara göre yeniden hesaplanır.</translation>
    </message>
    <message>
        <source>Frozen: segments keep the customers they have now until you save the rules again.</source>
        <translation>Dondurulmuş: segmentler, kuralları yeniden kaydedene kadar şu anki müşterilerini korur.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mod:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentler</translation>
    </message>
    <message>
        <source>Order matters: a customer who matches several segments goes to the first one in this list.</source>
        <translation>Sıra önemlidir: birden fazla segmentle eşleşen bir müşteri, bu listedeki ilk segmente girer.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>leave empty to keep them without a segment</source>
        <translation>segmentsiz bırakmak için boş bırakın</translation>
    </message>
    <message>
        <source>Customers who match no segment go to:</source>
        <translation>Hiçbir segmentle eşleşmeyen müşterilerin gideceği yer:</translation>
    </message>
    <message>
        <source>Who belongs to the selected segment</source>
        <translation>Seçili segmente kimler giriyor</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Segment adı:</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Koşul ekle</translation>
    </message>
    <message>
        <source>Add group: all of (AND)</source>
        <translation>Grup ekle: tümü (VE)</translation>
    </message>
    <message>
        <source>Add group: any of (OR)</source>
        <translation>Grup ekle: herhangi biri (VEYA)</translation>
    </message>
    <message>
        <source>New conditions go into the selected group. Select a group to add conditions inside it.</source>
        <translation>Yeni koşullar seçili gruba eklenir. Bir grubun içine koşul eklemek için o grubu seçin.</translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation>Segmentleri kaydet</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Kural kümesini içe aktar</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Kural kümeleri (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>Kural kümesini dışa aktar</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>Kural kümeleri (*.json)</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>Müşteriler okunuyor…</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1” okunamadı: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” yazılamadı: %2</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>All of these are true (AND)</source>
        <translation>Bunların tümü doğru (VE)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>Bunlardan herhangi biri doğru (VEYA)</translation>
    </message>
    <message>
        <source>Fill in the value of each condition to see how many customers match.</source>
        <translation>Kaç müşterinin eşleştiğini görmek için her koşulun değerini doldurun.</translation>
    </message>
    <message>
        <source>Give the rule set a name first.</source>
        <translation>Önce kural kümesine bir ad verin.</translation>
    </message>
    <message>
        <source>Fill in the value of each condition first.</source>
        <translation>Önce her koşulun değerini doldurun.</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Default name of the segment for customers no rule matches.</extracomment>
        <translation>Diğer</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %Ln customers</source>
        <extracomment>Segment list entry: position, name, customers placed in it.</extracomment>
        <translation>
            <numerusform>%1. %2 — %Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match.</source>
        <translation>
            <numerusform>%Ln müşteri eşleşiyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln also match an earlier segment and stay there.</source>
        <translation>
            <numerusform>Bunlardan %Ln tanesi daha önceki bir segmentle de eşleşiyor ve orada kalıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customers:</source>
        <translation>
            <numerusform>%Ln müşteriden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match more than one segment (each goes to the first).</source>
        <translation>
            <numerusform>%Ln tanesi birden fazla segmentle eşleşiyor (her biri ilkine girer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match no segment and stay without one.</source>
        <translation>
            <numerusform>%Ln tanesi hiçbir segmentle eşleşmiyor ve segmentsiz kalıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match no segment and go to “%1”.</source>
        <extracomment>%Ln customers, %1 the name of the segment for customers no rule matches.</extracomment>
        <translation>
            <numerusform>%Ln tanesi hiçbir segmentle eşleşmiyor ve “%1” segmentine giriyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RuleConditionEditor</name>
    <message>
        <source>is between</source>
        <translation>arasında</translation>
    </message>
    <message>
        <source>is at least (≥)</source>
        <translation>en az (≥)</translation>
    </message>
    <message>
        <source>is at most (≤)</source>
        <translation>en çok (≤)</translation>
    </message>
    <message>
        <source>is more than (&gt;)</source>
        <translation>şundan büyük (&gt;)</translation>
    </message>
    <message>
        <source>is less than (&lt;)</source>
        <translation>şundan küçük (&lt;)</translation>
    </message>
    <message>
        <source>is (=)</source>
        <translation>eşit (=)</translation>
    </message>
    <message>
        <source>is not (≠)</source>
        <translation>eşit değil (≠)</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>şunlardan biri</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>şunların hiçbiri</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>içerir</translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation>son … gün içinde</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>şundan önce</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>şundan sonra</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>is not missing</source>
        <translation>eksik değil</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Koşul</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Tick the values to match</source>
        <translation>Eşleşecek değerleri işaretleyin</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ve</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>İkinci değer</translation>
    </message>
    <message>
        <source>number of days, e.g. 90</source>
        <translation>gün sayısı, ör. 90</translation>
    </message>
    <message>
        <source>date as YYYY-MM-DD</source>
        <translation>YYYY-AA-GG biçiminde tarih</translation>
    </message>
    <message>
        <source>values separated by commas, e.g. 1, 2</source>
        <translation>virgülle ayrılmış değerler, ör. 1, 2</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>virgülle ayrılmış değerler</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SaveSelectionDialog</name>
    <message>
        <source>Selected</source>
        <translation>Seçilenler</translation>
    </message>
    <message>
        <source>Save selection as segment</source>
        <translation>Seçimi segment olarak kaydet</translation>
    </message>
    <message>
        <source>The %1 selected customers become a segment of a new segmentation, which you can rename, recolour, profile and export like any other.</source>
        <extracomment>%1 is the number of selected customers, already formatted.</extracomment>
        <translation>Seçilen %1 müşteri, yeni bir segmentasyonun bir segmenti olur; onu diğerleri gibi yeniden adlandırabilir, yeniden renklendirebilir, profilini görebilir ve dışa aktarabilirsiniz.</translation>
    </message>
    <message>
        <source>Put everyone else in a second segment, “Rest”</source>
        <translation>Geri kalan herkesi ikinci bir segmente, “Diğerleri”ne koy</translation>
    </message>
    <message>
        <source>Segmentation &amp;name:</source>
        <translation>Segmentasyon &amp;adı:</translation>
    </message>
    <message>
        <source>&amp;Segment name:</source>
        <translation>&amp;Segment adı:</translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>Name of the segment of all customers who were not selected.</extracomment>
        <translation>Diğerleri</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ScreePlot</name>
    <message>
        <source>PC%1</source>
        <extracomment>Label of a principal component under its bar in the scree plot; %1 is its number.</extracomment>
        <translation>BB%1</translation>
    </message>
    <message>
        <source>Principal component</source>
        <translation>Temel bileşen</translation>
    </message>
    <message>
        <source>Axes of the map</source>
        <translation>Haritanın eksenleri</translation>
    </message>
    <message>
        <source>Other components</source>
        <translation>Diğer bileşenler</translation>
    </message>
    <message>
        <source>Share of the variance</source>
        <translation>Varyans payı</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Birikimli</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCountDialog</name>
    <message>
        <source>Choose at least one column.</source>
        <translation>En az bir sütun seçin.</translation>
    </message>
    <message>
        <source>The smallest number of segments must not be larger than the largest.</source>
        <translation>En küçük segment sayısı en büyüğünden büyük olamaz.</translation>
    </message>
    <message>
        <source>Compare segment counts</source>
        <translation>Segment sayılarını karşılaştır</translation>
    </message>
    <message>
        <source>Segmenta segments your customers with each number of segments in the range, scores how well each one separates them, and recommends one. Nothing in the project changes.</source>
        <translation>Segmenta müşterilerinizi aralıktaki her segment sayısıyla ayrı ayrı segmentlere ayırır, her birinin müşterileri ne kadar iyi ayırdığını puanlar ve birini önerir. Projede hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>&amp;Columns to segment on:</source>
        <translation>Segmentasyonda kullanılacak &amp;sütunlar:</translation>
    </message>
    <message>
        <source>&amp;Numbers of segments from</source>
        <translation>Segment &amp;sayısı: en az</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two spin boxes of &quot;Numbers of segments from [2] to [8]&quot;.</extracomment>
        <translation>en çok</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Karşılaştır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Use a saved criteria set instead:</source>
        <translation>Bunun yerine kayıtlı bir ölçüt kümesi &amp;kullan:</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCountView</name>
    <message>
        <source>&lt;b&gt;%1 segments&lt;/b&gt;: customers sit most clearly in their own segment (silhouette %2), and the segments come out the same on re-runs (stability %3).</source>
        <extracomment>Why a number of segments is recommended. %1 the number, %2 silhouette, %3 stability (both like &quot;0.55&quot;).</extracomment>
        <translation>&lt;b&gt;%1 segment&lt;/b&gt;: müşteriler kendi segmentlerinde en belirgin biçimde toplanıyor (siluet %2) ve segmentler yeniden çalıştırmalarda aynı çıkıyor (kararlılık %3).</translation>
    </message>
    <message>
        <source>No number of segments was stable on re-runs (stability 0.8 or more), so this is the best of the unstable ones.</source>
        <translation>Hiçbir segment sayısı yeniden çalıştırmalarda kararlı çıkmadı (kararlılık 0,8 veya üzeri); bu öneri kararsız olanların en iyisi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 segments&lt;/b&gt;: customers sit most clearly in their own segment (silhouette %2).</source>
        <extracomment>Why a number of segments is recommended. %1 the number, %2 silhouette such as &quot;0.55&quot;.</extracomment>
        <translation>&lt;b&gt;%1 segment&lt;/b&gt;: müşteriler kendi segmentlerinde en belirgin biçimde toplanıyor (siluet %2).</translation>
    </message>
    <message>
        <source>The scores do not all agree: Calinski–Harabasz favours %1 segments and Davies–Bouldin %2.</source>
        <translation>Puanların hepsi aynı sonucu vermiyor: Calinski–Harabasz %1 segmenti, Davies–Bouldin ise %2 segmenti öne çıkarıyor.</translation>
    </message>
    <message>
        <source>The inertia curve bends most at %1 segments (the elbow).</source>
        <translation>Atalet eğrisi en belirgin biçimde %1 segmentte kırılıyor (dirsek noktası).</translation>
    </message>
    <message>
        <source>Scored on %1 customers.</source>
        <extracomment>%1 is the number of customers the scores were computed on.</extracomment>
        <translation>%1 müşteri üzerinde puanlandı.</translation>
    </message>
    <message>
        <source>Not sure how many segments to make? Segment › Compare segment counts… scores each number of segments and recommends one.</source>
        <translation>Kaç segment oluşturacağınızdan emin değil misiniz? Segment › Segment sayılarını karşılaştır… her segment sayısını puanlar ve birini önerir.</translation>
    </message>
    <message>
        <source>Comparing segment counts…</source>
        <translation>Segment sayıları karşılaştırılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation>Segment sayısı</translation>
    </message>
    <message>
        <source>Segment into %1 segments…</source>
        <extracomment>Button under the segment-count charts; %1 is the recommended number of segments.</extracomment>
        <translation>%1 segmente ayır…</translation>
    </message>
    <message>
        <source>Segment…</source>
        <translation>Segmentlere ayır…</translation>
    </message>
    <message>
        <source>The scores do not all agree: Calinski–Harabasz and Davies–Bouldin both favour %1 segments.</source>
        <extracomment>%1 is a number of segments.</extracomment>
        <translation>Puanların hepsi aynı sonucu vermiyor: Calinski–Harabasz ve Davies–Bouldin ikisi de %1 segmenti öne çıkarıyor.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>yüksek olan daha iyi</translation>
    </message>
    <message>
        <source>Inertia (elbow)</source>
        <translation>Atalet (dirsek)</translation>
    </message>
    <message>
        <source>lower is tighter</source>
        <translation>düşük olan daha sıkı</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Siluet</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>düşük olan daha iyi</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Kararlılık</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentDialog</name>
    <message>
        <source>Segmentation %1</source>
        <extracomment>Default name of a new segmentation; %1 is a number.</extracomment>
        <translation>Segmentasyon %1</translation>
    </message>
    <message>
        <source>This project has no columns with numbers to segment on. Import a customer table with numeric columns first.</source>
        <translation>Bu projede segmentlere ayırmak için sayı içeren sütun yok. Önce sayısal sütunları olan bir müşteri tablosu içe aktarın.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>En az bir sütun seçin.</translation>
    </message>
    <message>
        <source>Segment customers</source>
        <translation>Müşterileri segmentlere ayır</translation>
    </message>
    <message>
        <source>Customers with similar values in the chosen columns are grouped into %1 segments.</source>
        <translation>Seçilen sütunlarda benzer değerlere sahip müşteriler %1 segmentte toplanır.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Columns to compare customers on:</source>
        <translation>Müşterilerin karşılaştırılacağı &amp;sütunlar:</translation>
    </message>
    <message>
        <source>Number of &amp;segments:</source>
        <translation>Se&amp;gment sayısı:</translation>
    </message>
    <message>
        <source>The same seed and the same data always give the same segments.</source>
        <translation>Aynı tohum ve aynı veri her zaman aynı segmentleri verir.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Çalıştı&amp;r</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Show &amp;advanced options</source>
        <translation>Gelişmiş s&amp;eçenekleri göster</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Rastgele &amp;tohum:</translation>
    </message>
    <message>
        <source>&amp;Use a saved criteria set instead:</source>
        <translation>Bunun yerine kayıtlı bir ölçüt kümesi &amp;kullan:</translation>
    </message>
    <message>
        <source>Standard (k-means)</source>
        <translation>Standart (k-ortalamalar)</translation>
    </message>
    <message>
        <source>Fast, for numbers. Each customer joins the segment whose average is closest.</source>
        <translation>Hızlı, sayılar için. Her müşteri, ortalaması kendisine en yakın olan segmente katılır.</translation>
    </message>
    <message>
        <source>Hierarchical (tree of merges)</source>
        <translation>Hiyerarşik (birleşme ağacı)</translation>
    </message>
    <message>
        <source>Shows how groups join: customers are merged step by step into a tree, which is then cut into the number of segments. For numbers.</source>
        <translation>Grupların nasıl birleştiğini gösterir: müşteriler adım adım bir ağaçta birleştirilir, ağaç sonra segment sayısına göre kesilir. Sayılar için.</translation>
    </message>
    <message>
        <source>Mixed data (k-prototypes)</source>
        <translation>Karma veri (k-prototipler)</translation>
    </message>
    <message>
        <source>For numbers and categories such as city or gender: numbers are compared by distance, categories by whether they match. How much categories count is set under the advanced options.</source>
        <translation>Sayılar ve şehir ya da cinsiyet gibi kategoriler için: sayılar uzaklığa, kategoriler eşleşip eşleşmediğine göre karşılaştırılır. Kategorilerin ne kadar sayılacağı gelişmiş seçeneklerde ayarlanır.</translation>
    </message>
    <message>
        <source>Representative customers (k-medoids)</source>
        <translation>Temsilci müşteriler (k-medoidler)</translation>
    </message>
    <message>
        <source>Each segment is led by a real customer, the most typical one. For numbers and categories (Gower distance). Slower than the others.</source>
        <translation>Her segmentin başında gerçek bir müşteri, segmentin en tipik müşterisi durur. Sayılar ve kategoriler için (Gower uzaklığı). Diğerlerinden yavaştır.</translation>
    </message>
    <message>
        <source>Soft segments (Gaussian mixture)</source>
        <translation>Yumuşak segmentler (Gauss karışımı)</translation>
    </message>
    <message>
        <source>For numbers. Segments may differ in size and shape, and each customer also gets how likely they belong to every segment, so customers between two segments show up as such.</source>
        <translation>Sayılar için. Segmentlerin büyüklüğü ve biçimi farklı olabilir; her müşteri için her segmente ait olma olasılığı da hesaplanır, böylece iki segment arasında kalan müşteriler öyle görünür.</translation>
    </message>
    <message>
        <source>Very many customers (mini-batch k-means)</source>
        <translation>Çok sayıda müşteri (mini-batch k-ortalamalar)</translation>
    </message>
    <message>
        <source>Like the standard method, but learns from small batches of customers: much faster for hundreds of thousands of customers, with segments nearly as good.</source>
        <translation>Standart yöntem gibi, ama müşterilerin küçük gruplarından öğrenir: yüz binlerce müşteride çok daha hızlıdır, segmentler neredeyse aynı iyiliktedir.</translation>
    </message>
    <message>
        <source>Ward (compact, recommended)</source>
        <translation>Ward (derli toplu, önerilen)</translation>
    </message>
    <message>
        <source>Joins the two groups that stay most compact together: groups of similar spread. The usual choice.</source>
        <translation>Birlikte en derli toplu kalan iki grubu birleştirir: yayılımı benzer gruplar. Olağan seçim.</translation>
    </message>
    <message>
        <source>Average (balanced)</source>
        <translation>Ortalama (dengeli)</translation>
    </message>
    <message>
        <source>Joins the groups whose customers are closest on average; groups may differ more in size.</source>
        <translation>Müşterileri ortalamada birbirine en yakın olan grupları birleştirir; grupların büyüklükleri daha çok farklılaşabilir.</translation>
    </message>
    <message>
        <source>Complete (tight)</source>
        <translation>Tam bağlantı (sıkı)</translation>
    </message>
    <message>
        <source>Joins groups only when all their customers are close: tight groups, some of them small.</source>
        <translation>Grupları yalnızca tüm müşterileri birbirine yakınsa birleştirir: sıkı gruplar, bazıları küçük.</translation>
    </message>
    <message>
        <source>Single (chains)</source>
        <translation>Tek bağlantı (zincirler)</translation>
    </message>
    <message>
        <source>Joins groups through their closest customers: follows chains and often leaves one big group and a few tiny ones.</source>
        <translation>Grupları en yakın müşterileri üzerinden birleştirir: zincirleri izler ve çoğu zaman bir büyük grup ile birkaç çok küçük grup bırakır.</translation>
    </message>
    <message>
        <source>Not available for more than %1 customers: only Ward can join that many.</source>
        <translation>%1 müşteriden fazlası için kullanılamaz: bu kadar müşteriyi yalnızca Ward birleştirebilir.</translation>
    </message>
    <message>
        <source>This project has no columns to segment on. Import a customer table first.</source>
        <translation>Bu projede segmentlere ayırmak için sütun yok. Önce bir müşteri tablosu içe aktarın.</translation>
    </message>
    <message>
        <source>Only Ward can join more than %1 customers: the other ways compare every pair of customers, which does not fit in memory. Choose Ward, or Standard (k-means).</source>
        <translation>%1 müşteriden fazlasını yalnızca Ward birleştirebilir: diğer yollar her müşteri çiftini karşılaştırır ve bu belleğe sığmaz. Ward&apos;ı ya da Standart (k-ortalamalar) yöntemini seçin.</translation>
    </message>
    <message>
        <source>This project has more than %1 customers, so the tree is built in two steps: first many small groups, then the tree of those groups. Much faster, and close to the full tree.</source>
        <translation>Bu projede %1 müşteriden fazlası var, bu yüzden ağaç iki adımda kurulur: önce çok sayıda küçük grup, sonra bu grupların ağacı. Çok daha hızlıdır ve tam ağaca yakın sonuç verir.</translation>
    </message>
    <message>
        <source>This project has more than %1 customers, so the representative customers are found on random samples of customers (CLARA). The result can change a little with the seed.</source>
        <translation>Bu projede %1 müşteriden fazlası var, bu yüzden temsilci müşteriler rastgele müşteri örneklemleri üzerinde bulunur (CLARA). Sonuç tohuma göre biraz değişebilir.</translation>
    </message>
    <message>
        <source>This project has no category columns. For numbers only, Standard (k-means) is faster.</source>
        <translation>Bu projede kategori sütunu yok. Yalnızca sayılar için Standart (k-ortalamalar) daha hızlıdır.</translation>
    </message>
    <message>
        <source>No category column is ticked, so only numbers are compared. Tick the columns marked “category” to use them.</source>
        <translation>Hiçbir kategori sütunu işaretli değil, bu yüzden yalnızca sayılar karşılaştırılır. Kullanmak için “kategori” ile işaretlenmiş sütunları seçin.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Yöntem:</translation>
    </message>
    <message>
        <source>How groups are &amp;joined:</source>
        <translation>Grupların &amp;birleşme şekli:</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <extracomment>A text column offered to the mixed-data methods, whose values are taken as categories.</extracomment>
        <translation>%1 (kategori)</translation>
    </message>
    <message>
        <source>Category &amp;weight:</source>
        <translation>Kategori ağ&amp;ırlığı:</translation>
    </message>
    <message>
        <source>Au&amp;tomatic</source>
        <translation>&amp;Otomatik</translation>
    </message>
    <message>
        <source>How much a different category (another city, say) counts against differences in numbers. Automatic balances the two; higher makes categories count more, 0 ignores them.</source>
        <translation>Farklı bir kategorinin (örneğin başka bir şehrin) sayılardaki farklara göre ne kadar sayılacağı. Otomatik ikisini dengeler; daha yüksek değer kategorileri daha önemli kılar, 0 onları yok sayar.</translation>
    </message>
    <message>
        <source>Re-run &amp;of:</source>
        <translation>&amp;Yeniden çalıştırılan:</translation>
    </message>
    <message>
        <source>None: a new segmentation</source>
        <extracomment>First entry of &quot;Re-run of:&quot;: the run is not a re-run of an earlier segmentation.</extracomment>
        <translation>Hiçbiri: yeni bir segmentasyon</translation>
    </message>
    <message>
        <source>Keep the names, colours and notes of an earlier segmentation where the segments match.</source>
        <translation>Segmentler eşleştiğinde önceki bir segmentasyonun adlarını, renklerini ve notlarını koru.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentMapView</name>
    <message>
        <source>Segment %1</source>
        <extracomment>Fallback name of a segment on the map legend; %1 is its number.</extracomment>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Map axis %1 (%2 of variance)</source>
        <extracomment>Title of a segment-map axis; %1 is 1 or 2, %2 a percentage such as &quot;42.1%&quot;.</extracomment>
        <translation>Harita ekseni %1 (varyans: %2)</translation>
    </message>
    <message>
        <source>Map axis %1</source>
        <translation>Harita ekseni %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <extracomment>Map tooltip without customer details; %1 is the customer&apos;s row number, %2 the segment name.</extracomment>
        <translation>Müşteri %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Reset map view</source>
        <translation>Harita görünümünü &amp;sıfırla</translation>
    </message>
    <message>
        <source>Show every customer on the map again</source>
        <translation>Haritada tüm müşterileri yeniden göster</translation>
    </message>
    <message>
        <source>&amp;Clear map selection</source>
        <translation>Harita seçimini &amp;temizle</translation>
    </message>
    <message>
        <source>R score</source>
        <translation>R puanı</translation>
    </message>
    <message>
        <source>F score</source>
        <translation>F puanı</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <extracomment>Colour bar on the map: the value at the low end (values below it have the same colour).</extracomment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <extracomment>Colour bar on the map: the value at the high end (values above it have the same colour).</extracomment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Değer yok</translation>
    </message>
    <message>
        <source>&amp;Lasso selection</source>
        <translation>&amp;Kement seçimi</translation>
    </message>
    <message>
        <source>Shift+drag draws a freehand outline around the customers to select</source>
        <translation>Shift+sürükle, seçilecek müşterilerin çevresine serbest bir çizgi çizer</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: move · Shift+drag: select customers (Ctrl+Shift: lasso) · click a customer: its card · click a legend entry: hide or show a segment</source>
        <translation>Tekerlek: yakınlaştır · sürükle: kaydır · Shift+sürükle: müşteri seç (Ctrl+Shift: kement) · müşteriye tıkla: kartı · açıklamadaki bir girişe tıkla: segmenti gizle veya göster</translation>
    </message>
    <message>
        <source>Neighbourhood map, axis %1 (no units)</source>
        <extracomment>Title of a t-SNE map axis; %1 is 1 or 2.</extracomment>
        <translation>Komşuluk haritası, eksen %1 (birimsiz)</translation>
    </message>
    <message>
        <source>%1 customers drawn by density: stronger colour means more customers; each spot shows its largest segment.</source>
        <extracomment>Note on a map of many customers drawn as a density image; %1 is the number of customers.</extracomment>
        <translation>%1 müşteri yoğunluk olarak çizildi: renk ne kadar koyuysa orada o kadar çok müşteri var; her nokta en büyük segmentini gösterir.</translation>
    </message>
    <message>
        <source>%1 customers drawn by density: stronger colour means more customers; each spot shows the average value.</source>
        <translation>%1 müşteri yoğunluk olarak çizildi: renk ne kadar koyuysa orada o kadar çok müşteri var; her nokta ortalama değeri gösterir.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentTableModel</name>
    <message>
        <source>%1: %2 customers (%3)</source>
        <translation>%1: %2 müşteri (%3)</translation>
    </message>
    <message>
        <source>The average of this column over the segment&apos;s customers</source>
        <translation>Segmentteki müşterilerin bu sütundaki ortalaması</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Average %1</source>
        <extracomment>Column header: the segment&apos;s average of a data column, e.g. &quot;Average Fresh&quot;.</extracomment>
        <translation>Ort. %1</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentationList</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Show this segmentation on the map and in the profiles</source>
        <translation>Bu segmentasyonu haritada ve profillerde göster</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Çoğalt…</translation>
    </message>
    <message>
        <source>Keep a copy to edit names, colours and notes separately</source>
        <translation>Adları, renkleri ve notları ayrı düzenlemek için bir kopya tut</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>S&amp;il…</translation>
    </message>
    <message>
        <source>Remove this segmentation; the customers and their data stay</source>
        <translation>Bu segmentasyonu kaldır; müşteriler ve verileri kalır</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentationListModel</name>
    <message>
        <source>k-means</source>
        <translation>k-ortalamalar</translation>
    </message>
    <message>
        <source>Two-step hierarchical (Ward)</source>
        <translation>İki adımlı hiyerarşik (Ward)</translation>
    </message>
    <message>
        <source>Hierarchical (Ward)</source>
        <translation>Hiyerarşik (Ward)</translation>
    </message>
    <message>
        <source>Hierarchical (average)</source>
        <translation>Hiyerarşik (ortalama)</translation>
    </message>
    <message>
        <source>Hierarchical (complete)</source>
        <translation>Hiyerarşik (tam bağlantı)</translation>
    </message>
    <message>
        <source>Hierarchical (single)</source>
        <translation>Hiyerarşik (tek bağlantı)</translation>
    </message>
    <message>
        <source>RFM map</source>
        <translation>RFM haritası</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <source>Lifetime value tiers</source>
        <translation>Yaşam boyu değer dilimleri</translation>
    </message>
    <message>
        <source>%1
Criteria: %2</source>
        <extracomment>Tooltip of a segmentation in the list; %1 its name, %2 the columns it was made from.</extracomment>
        <translation>%1
Ölçütler: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentler</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Ölçütler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Hand-picked</source>
        <extracomment>Method of a segmentation saved from customers selected on the map or in the table.</extracomment>
        <translation>Elle seçilmiş</translation>
    </message>
    <message>
        <source>Mixed data (k-prototypes)</source>
        <translation>Karma veri (k-prototipler)</translation>
    </message>
    <message>
        <source>Representative customers (k-medoids)</source>
        <translation>Temsilci müşteriler (k-medoidler)</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <extracomment>Method of a segmentation: a Gaussian mixture model (soft segments with membership probabilities).</extracomment>
        <translation>Gauss karışım modeli</translation>
    </message>
    <message>
        <source>Mini-batch k-means</source>
        <extracomment>Method of a segmentation: k-means on random batches of customers, for very large customer bases.</extracomment>
        <translation>Mini yığın k-ortalamalar</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SilhouettePlot</name>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <extracomment>Beside a segment&apos;s block in the silhouette plot; %1 is its mean silhouette, e.g. 0.52.</extracomment>
        <translation>Ortalama %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <extracomment>Above the dashed line of the silhouette plot; %1 is the mean silhouette of all scored customers.</extracomment>
        <translation>Genel ortalama %1</translation>
    </message>
    <message>
        <source>Silhouette value</source>
        <translation>Siluet değeri</translation>
    </message>
</context>
</TS>
