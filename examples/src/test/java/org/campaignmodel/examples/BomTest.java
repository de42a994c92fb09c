package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** campaign-bom names every deployed module, at the version of the build. */
final class BomTest {
    private static Document pom(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("..", path).toFile());
    }

    private static String child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    @Test
    void shouldImportEveryDeployedModuleAtTheBuildsVersion() throws Exception {
        Document parent = pom("pom.xml");
        Document bom = pom("bom/pom.xml");
        List<String> deployed = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            Document pom = pom(module + "/pom.xml");
            boolean skipped = pom.getElementsByTagName("maven.deploy.skip").getLength() > 0;
            if (!module.equals("bom") && !skipped) {
                deployed.add("campaign-" + module);
            }
        }
        List<String> imported = new ArrayList<>();
        List<String> pinned = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (child(dependency, "groupId").equals("org.campaignmodel")) {
                assertThat(child(dependency, "version")).isEqualTo("${project.version}");
                imported.add(child(dependency, "artifactId"));
            } else {
                pinned.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId"));
            }
        }
        // the one third-party pin, at what the Jackson 3 line the build uses needs
        assertThat(pinned).containsExactly("com.fasterxml.jackson.core:jackson-annotations");
        assertThat(bom.getElementsByTagName("jackson-annotations.version")
                        .item(0)
                        .getTextContent())
                .isEqualTo(com.fasterxml.jackson.annotation.JsonSerializeAs.class
                        .getPackage()
                        .getImplementationVersion()
                        .replaceFirst("^(\\d+\\.\\d+).*", "$1"));

        assertThat(deployed).contains("campaign-core", "campaign-json");
        assertThat(imported).containsExactlyInAnyOrderElementsOf(deployed);
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
    }
}
