package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("report-junit.xml", Golden.render(new JunitReport()));
    }

    @Test
    void parsesBackWithOneSuitePerDocument() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                Golden.render(new JunitReport()).getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(4, suites.getLength(), "three documents and the batch");

        Element dao = (Element) suites.item(0);
        assertEquals("道县十五五规划纲要.pdf", dao.getAttribute("name"));
        NodeList cases = dao.getElementsByTagName("testcase");
        // four figures (GDP, non-fossil, urbanisation, R&D) and the missing water indicator
        assertEquals(5, cases.getLength());
        assertEquals("5", dao.getAttribute("tests"));
        assertEquals("2", dao.getAttribute("failures"));
        assertEquals(2, dao.getElementsByTagName("failure").getLength());
        Element nonFossil = (Element) cases.item(1);
        assertEquals("非化石能源占能源消费总量比重（K2-16）", nonFossil.getAttribute("name"));
        Element failure = (Element) nonFossil.getElementsByTagName("failure").item(0);
        assertEquals("PC-STRICT", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("「非化石能源消费比重（%） 25 30 约束性」"));
        Element rd = (Element) cases.item(3);
        assertEquals(0, rd.getElementsByTagName("failure").getLength(), "warnings and suppressed do not fail");
        assertTrue(rd.getElementsByTagName("system-out").item(0).getTextContent().contains("已豁免"));

        Element jy = (Element) suites.item(1);
        assertEquals("2", jy.getAttribute("tests"));
        assertEquals(0, jy.getElementsByTagName("failure").getLength());

        Element ls = (Element) suites.item(2);
        assertEquals("1", ls.getAttribute("errors"));
        Element error = (Element) ls.getElementsByTagName("error").item(0);
        assertEquals("无法核验：无文本层（扫描件）", error.getAttribute("message"));

        Element batch = (Element) suites.item(3);
        assertEquals(0, batch.getElementsByTagName("failure").getLength(), "the baselined aggregate does not fail");
        assertEquals("9", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
    }
}
