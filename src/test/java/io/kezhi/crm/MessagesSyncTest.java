package io.kezhi.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every server message exists in Chinese and English, in every bundle (one per module), and every
 * key the code names exists in one of them.
 */
class MessagesSyncTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.endsWith("_en.properties")).map(n -> n.replace(".properties", "")).sorted()
                    .toList();
        }
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        assertThat(bundles()).contains("messages", "customer");
        for (String bundle : bundles()) {
            Set<String> chinese = load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames();
            Set<String> english = load(BUNDLES.resolve(bundle + "_en.properties")).stringPropertyNames();
            assertThat(new TreeSet<>(english)).as("%s: keys missing in English", bundle).containsAll(chinese);
            assertThat(new TreeSet<>(chinese)).as("%s: keys missing in Chinese", bundle).containsAll(english);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : bundles()) {
            for (String key : load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s defined again in %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Pattern key = Pattern.compile("\"((?:error|validation|http|module|operation|scope|fieldAccess|entity|field"
                + "|customer|pool|followUp|contact|file|import|export|notification|timeline|savedView)\\.[A-Za-z0-9_.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        Set<String> defined = new HashSet<>();
        for (String bundle : bundles()) {
            defined.addAll(load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames());
        }
        assertThat(new TreeSet<>(defined)).containsAll(used);
    }

    @Test
    void everyOperationScopeAndAccessHasALabel() throws IOException {
        Set<String> defined = load(BUNDLES.resolve("messages.properties")).stringPropertyNames();
        for (var op : io.kezhi.crm.identity.Operation.values()) {
            assertThat(defined).contains("operation." + op.name());
        }
        for (var scope : io.kezhi.crm.identity.DataScope.values()) {
            assertThat(defined).contains("scope." + scope.name());
        }
        for (var access : io.kezhi.crm.identity.FieldAccess.values()) {
            assertThat(defined).contains("fieldAccess." + access.name());
        }
    }
}
