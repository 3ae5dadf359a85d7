package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.shared.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first worksheet of an xlsx workbook with POI's event API (SAX over the sheet XML),
 * so a workbook of 100,000 rows is never held in memory. Formula cells are not evaluated.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static void read(Path file, RowCollector rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw notSpreadsheet();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxSheetHandler(strings, styles, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | OpenXML4JRuntimeException | POIXMLException | OpenXML4JException e) {
            throw notSpreadsheet();
        } catch (SAXException e) {
            if (e.getCause() instanceof ApiException apiException) {
                throw apiException;
            }
            throw notSpreadsheet();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
    }

    private static ApiException notSpreadsheet() {
        return ApiException.invalidField(FileSniffing.FIELD, "import.file.notSpreadsheet");
    }
}
