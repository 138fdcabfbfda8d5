package org.ecoscore.core;

import java.util.Map;

/**
 * A message on its way to becoming an {@link Issue}: the English sentence and the parameters it was built from
 * (see {@link Issue#params()}), for code that composes a message before it knows where the issue goes.
 */
public record Detail(String message, Map<String, String> params) {
    public Detail {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
