package io.kezhi.crm.platform.recycle;

import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.PermissionModule;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seeing and restoring deleted records follows each record type's delete permission; removing
 * them for good before their time needs this one.
 */
@Configuration(proxyBeanMethods = false)
class RecycleBinPermissions {

    static final String MODULE = "recyclebin";

    @Bean
    PermissionModule recycleBinPermissionModule() {
        return new PermissionModule(MODULE, "module.recyclebin", false, EnumSet.of(Operation.DELETE), 960);
    }
}
