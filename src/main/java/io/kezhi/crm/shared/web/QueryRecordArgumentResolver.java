package io.kezhi.crm.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a record parameter marked {@link ParameterObject} (a list's filter: every component a query
 * parameter of the same name) from the query string, converting each value with the MVC conversion
 * service as Spring's own binding does ({@code a,b} or a repeated parameter for a list; an empty value
 * is no value). What Spring's constructor binding looks up by reflection on every request (the
 * constructor's parameters, their generic types and nullness: 7-11 % of the application's CPU on a
 * customer list, profiled on the benchmark data) is looked up once per record type here. A value that
 * does not convert is a 400 naming the field ({@code validation.badValue}, in the user's language), every
 * such field at once, as for a request body.
 */
public class QueryRecordArgumentResolver implements HandlerMethodArgumentResolver {

    private record Component(String name, TypeDescriptor type) {
    }

    private record Shape(Constructor<?> constructor, Component[] components) {
    }

    private static final TypeDescriptor STRING = TypeDescriptor.valueOf(String.class);
    private static final TypeDescriptor STRINGS = TypeDescriptor.valueOf(String[].class);

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    /** The MVC conversion service, as the binder factory configures it (one for the application). */
    private volatile ConversionService conversions;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(ParameterObject.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
        Class<?> type = parameter.getParameterType();
        Shape shape = shapes.computeIfAbsent(type, QueryRecordArgumentResolver::shapeOf);
        String objectName = parameter.getParameterName() == null ? "filter" : parameter.getParameterName();
        ConversionService conversions = conversions(request, binderFactory, objectName, type);
        Object[] arguments = new Object[shape.components().length];
        MapBindingResult errors = null;
        for (int i = 0; i < arguments.length; i++) {
            Component component = shape.components()[i];
            String[] values = request.getParameterValues(component.name());
            if (values == null) {
                continue;
            }
            try {
                arguments[i] = values.length == 1 ? conversions.convert(values[0], STRING, component.type())
                        : conversions.convert(values, STRINGS, component.type());
                if (arguments[i] == null && component.type().isPrimitive()) {
                    throw new IllegalArgumentException("no value for a primitive");
                }
            } catch (ConversionException | IllegalArgumentException e) {
                if (errors == null) {
                    errors = new MapBindingResult(new HashMap<>(), objectName);
                }
                Object rejected = values.length == 1 ? values[0] : String.join(",", values);
                errors.addError(new FieldError(objectName, component.name(), rejected, true,
                        new String[] {"validation.badValue"}, null, null));
            }
        }
        if (errors != null) {
            throw new MethodArgumentNotValidException(parameter, errors);
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Taken from the first binder the factory makes, instead of making a binder per request. */
    private ConversionService conversions(NativeWebRequest request, WebDataBinderFactory binderFactory,
            String objectName, Class<?> type) throws Exception {
        ConversionService known = conversions;
        if (known == null) {
            WebDataBinder binder = binderFactory == null ? null : binderFactory.createBinder(request, null, objectName);
            known = binder == null ? null : binder.getConversionService();
            if (known == null) {
                throw new IllegalStateException("No conversion service to bind " + type.getName());
            }
            conversions = known;
        }
        return known;
    }

    private static Shape shapeOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            Component[] shaped = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                shaped[i] = new Component(components[i].getName(), new TypeDescriptor(new MethodParameter(constructor, i)));
            }
            return new Shape(constructor, shaped);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
        }
    }
}
