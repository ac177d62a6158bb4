package dev.xenlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xenlint.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet rules through {@code xenlint check} over directory trees laid out like a host's /etc/xen. */
class FleetRunTest {

    @TempDir
    Path dir;

    private Path etc;

    private void host() throws IOException {
        etc = dir.resolve("etc/xen");
        Files.createDirectories(etc.resolve("auto"));
        Files.writeString(etc.resolve("web.cfg"), """
                name = "web"
                bootloader = "pygrub"
                memory = 1024
                vif = [ "mac=00:16:3e:00:00:01,bridge=xenbr0" ]
                disk = [ "phy:/dev/vg0/web,xvda,w" ]
                """);
        Files.writeString(etc.resolve("web-copy.cfg"), """
                name = "web"
                bootloader = "pygrub"
                memory = 1024
                vif = [ "mac=00:16:3E:00:00:01,bridge=xenbr0" ]
                disk = [ "/dev/mapper/vg0-web,raw,xvda,rw" ]
                """);
        Files.writeString(etc.resolve("db.cfg"), """
                name = "db"
                bootloader = "pygrub"
                disk = [ "phy:/dev/vg0/db,xvda,w", "file:/srv/iso/tools.iso,xvdb,r" ]
                """);
        Files.writeString(etc.resolve("mail.cfg"), """
                name = "mail"
                bootloader = "pygrub"
                disk = [ "phy:/dev/vg0/mail,xvda,w", "file:/srv//iso/tools.iso,xvdb,r" ]
                """);
        Files.createSymbolicLink(etc.resolve("auto/web.cfg"), Path.of("../web.cfg"));
        Files.createSymbolicLink(etc.resolve("auto/db.cfg"), Path.of("../db.cfg"));
    }

    private JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        all.addAll(List.of(args));
        CliRunner r = CliRunner.run(all.toArray(String[]::new));
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> fleetFindings(JsonNode report, Path base) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : report) {
            if (!d.get("code").asText().startsWith("XC8")) {
                continue;
            }
            StringBuilder sb = new StringBuilder(base.relativize(Path.of(d.get("path").asText())) + ":"
                    + d.get("line").asInt() + ":" + d.get("column").asInt() + " " + d.get("rule").asText());
            for (JsonNode rel : d.get("related")) {
                sb.append(" -> ").append(base.relativize(Path.of(rel.get("path").asText()))).append(':')
                        .append(rel.get("line").asInt()).append(':').append(rel.get("column").asInt());
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void aCopiedGuestClashesInBothFilesAndTheAutoLinkNeverClashesWithItsTarget() throws IOException {
        host();
        List<String> raw = fleetFindings(json(etc.toString()), etc);
        // web.cfg is reached twice (itself and auto/web.cfg); the walk checks it once, under either name
        String web = raw.stream().anyMatch(s -> s.startsWith("auto/web.cfg:")) ? "auto/web.cfg" : "web.cfg";
        List<String> sorted = new ArrayList<>(raw);
        sorted.sort(java.util.Comparator.comparing((String s) -> s.startsWith("web-copy")));
        assertEquals(List.of(
                web + ":1:8 duplicate-guest-name -> web-copy.cfg:1:8",
                web + ":4:14 shared-mac-address -> web-copy.cfg:4:14",
                web + ":5:15 shared-writable-disk -> web-copy.cfg:5:11",
                "web-copy.cfg:1:8 duplicate-guest-name -> " + web + ":1:8",
                "web-copy.cfg:4:14 shared-mac-address -> " + web + ":4:14",
                "web-copy.cfg:5:11 shared-writable-disk -> " + web + ":5:15"), sorted);
    }

    @Test
    void aFileNamedTwiceIsOneGuest() throws IOException {
        host();
        assertEquals(List.of(), fleetFindings(json(etc.resolve("web.cfg").toString(),
                etc.resolve("auto/web.cfg").toString()), etc), "a file and a link to it are one guest");
    }

    @Test
    void alternativesInTheConfigurationDoNotClash() throws IOException {
        host();
        Files.writeString(etc.resolve(".xenlint.toml"), "[fleet]\nalternatives = [[\"web.cfg\", \"web-copy.cfg\"]]\n");
        assertEquals(List.of(), fleetFindings(json(etc.resolve("web.cfg").toString(),
                etc.resolve("web-copy.cfg").toString(), etc.resolve("db.cfg").toString()), etc));
    }

    @Test
    void aFileThatSuppressesTheRuleTakesNoPartInItsClashes() throws IOException {
        host();
        Files.writeString(etc.resolve("web-copy.cfg"), "# xenlint: disable-file=XC8 -- standby copy of web\n"
                + Files.readString(etc.resolve("web-copy.cfg")));
        CliRunner r = CliRunner.run("check", "--format", "json", etc.resolve("web.cfg").toString(),
                etc.resolve("web-copy.cfg").toString());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(List.of(), fleetFindings(report, etc));
        for (JsonNode d : report) {
            assertFalse(d.get("code").asText().equals("XC003"), "the fleet suppression is not unused: " + d);
        }
    }

    @Test
    void checkingOneFileAloneFindsNoClash() throws IOException {
        host();
        assertEquals(List.of(), fleetFindings(json(etc.resolve("web.cfg").toString()), etc));
    }

    @Test
    void ignoringTheRulesTurnsTheFleetCheckOff() throws IOException {
        host();
        assertEquals(List.of(), fleetFindings(json("--ignore", "XC8", etc.toString()), etc));
    }

    @Test
    void sarifCarriesTheOtherFileAsARelatedLocation() throws IOException {
        host();
        CliRunner r = CliRunner.run("check", "--format", "sarif", etc.resolve("web.cfg").toString(),
                etc.resolve("web-copy.cfg").toString());
        JsonNode results = new ObjectMapper().readTree(r.out()).get("runs").get(0).get("results");
        boolean found = false;
        for (JsonNode res : results) {
            if (res.get("ruleId").asText().equals("XC801")) {
                JsonNode rel = res.get("relatedLocations").get(0).get("physicalLocation");
                assertTrue(rel.get("artifactLocation").get("uri").asText().endsWith(".cfg"), rel::toString);
                assertEquals(1, rel.get("region").get("startLine").asInt());
                found = true;
            }
        }
        assertTrue(found, r.out());
    }
}
