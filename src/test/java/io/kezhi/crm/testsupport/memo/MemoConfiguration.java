package io.kezhi.crm.testsupport.memo;

import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.PermissionModule;
import io.kezhi.crm.identity.PolicedEntity;
import io.kezhi.crm.identity.RecordType;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the test record type the way a business module declares its own. */
@Configuration(proxyBeanMethods = false)
public class MemoConfiguration {

    public static final String MEMO = "memo";

    @Bean
    RecordType memoRecordType() {
        return RecordType.builder(MEMO, MEMO, "memo").entity(Memo.class).policedEntity(MEMO).titleColumn("title")
                .standardOwnerColumns().softDelete().shareable().reference("ownerId", "user").build();
    }

    @Bean
    PermissionModule memoPermissions() {
        return new PermissionModule(MEMO, "module.memo", true, EnumSet.allOf(Operation.class), 10);
    }

    @Bean
    PolicedEntity memoFields() {
        return new PolicedEntity(MEMO, "entity.memo", List.of(
                new PolicedEntity.Field("body", "field.body"),
                new PolicedEntity.Field("secretNote", "field.secretNote"),
                new PolicedEntity.Field("amount", "field.amount")));
    }
}
