package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.PermissionModule;
import io.kezhi.crm.identity.RecordType;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DictionaryRecordTypes {

    static final String ITEM = "dictItem";

    @Bean
    PermissionModule dictionaryPermissionModule() {
        return new PermissionModule(DictionaryService.MODULE, "module.dictionary", false,
                EnumSet.of(Operation.CREATE, Operation.EDIT, Operation.DELETE), 950);
    }

    /** Dictionary values are company-wide: whoever may delete them may restore them. */
    @Bean
    RecordType dictItemRecordType() {
        return RecordType.builder(ITEM, DictionaryService.MODULE, "dict_item").entity(DictItem.class)
                .titleColumn("label").softDelete().build();
    }
}
