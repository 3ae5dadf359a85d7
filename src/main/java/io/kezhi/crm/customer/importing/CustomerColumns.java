package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerStatus;
import io.kezhi.crm.customer.account.CustomerType;
import io.kezhi.crm.customer.account.LifecycleStage;
import io.kezhi.crm.customer.account.ValueClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The columns of table {@code customer} (and {@code customer_aud}) that hold a {@link CustomerProfile},
 * in one order, for writing many customers with SQL the way the {@code Customer} entity maps them.
 */
final class CustomerColumns {

    static final List<String> PROFILE = List.of("name", "customer_type", "source", "industry", "value_class",
            "relationship_level", "status", "lifecycle_stage", "province_code", "city_code", "district_code",
            "address", "staff_size", "phone", "phone2", "email", "website", "id_number", "membership_no", "points",
            "remark");

    private CustomerColumns() {
    }

    /** The profile's values in the order of {@link #PROFILE}, into {@code values} from {@code at}. */
    static int put(CustomerProfile p, Object[] values, int at) {
        Object[] profile = {p.name(), p.customerType(), p.source(), p.industry(), p.valueClass(),
            p.relationshipLevel(), p.status(), p.lifecycleStage(), p.provinceCode(), p.cityCode(), p.districtCode(),
            p.address(), p.staffSize(), p.phone(), p.phone2(), p.email(), p.website(), p.idNumber(), p.membershipNo(),
            p.points(), p.remark()};
        System.arraycopy(profile, 0, values, at, profile.length);
        return at + profile.length;
    }

    /** A profile read from {@link #PROFILE} columns starting at column {@code first} of the result. */
    static CustomerProfile read(ResultSet rs, int first, Set<String> tags) throws SQLException {
        int c = first;
        return new CustomerProfile(rs.getString(c), CustomerType.valueOf(rs.getString(c + 1)), rs.getString(c + 2),
                rs.getString(c + 3), constant(ValueClass.class, rs.getString(c + 4)), rs.getString(c + 5),
                CustomerStatus.valueOf(rs.getString(c + 6)), LifecycleStage.valueOf(rs.getString(c + 7)),
                rs.getString(c + 8), rs.getString(c + 9), rs.getString(c + 10), rs.getString(c + 11),
                rs.getString(c + 12), rs.getString(c + 13), rs.getString(c + 14), rs.getString(c + 15),
                rs.getString(c + 16), rs.getString(c + 17), rs.getString(c + 18), rs.getLong(c + 19),
                rs.getString(c + 20), tags);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
