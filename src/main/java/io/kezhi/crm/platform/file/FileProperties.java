package io.kezhi.crm.platform.file;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachment settings.
 *
 * @param dir     where the files live, outside the web resources; back it up with the database
 * @param maxSize the largest file accepted
 */
@ConfigurationProperties("kezhi.files")
record FileProperties(@DefaultValue("./data/files") Path dir, @DefaultValue("20MB") DataSize maxSize) {
}
