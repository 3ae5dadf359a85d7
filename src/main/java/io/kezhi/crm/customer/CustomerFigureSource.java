package io.kezhi.crm.customer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Adds figures to the header of a customer's 360 view (合同总额, 未收款, 工单数...). Each module with
 * records of customers implements it once it exists; a module returns only numbers it really has.
 * Called after the caller's right to view the customer has been checked.
 */
public interface CustomerFigureSource {

    /** A number about a customer; {@code unit} is {@code COUNT} or a currency code such as {@code CNY}. */
    record Figure(String key, String labelKey, BigDecimal value, String unit, int order) {
    }

    List<Figure> figuresFor(long customerId);
}
