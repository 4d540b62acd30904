package org.kstp.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep its filters: to another page, another order, or the export of the same
 * rows. Every page gets it as the model attribute {@code listUrls} (Thymeleaf forbids bean references in
 * link expressions), so the pager and sortable headers work without JavaScript.
 */
@ControllerAdvice
public class ListUrls {

    @ModelAttribute("listUrls")
    ListUrls listUrls() {
        return this;
    }

    /** The current list at page {@code page}. */
    public String page(int page) {
        return current().replaceQueryParam("page", page).build(true).toUriString();
    }

    /** The current list sorted by {@code key}: ascending first, descending when already ascending by it. */
    public String sort(String key, ListRequest request) {
        boolean flip = key.equals(request.sort()) && !request.descending();
        return current().replaceQueryParam("sort", key).replaceQueryParam("dir", flip ? "desc" : "asc")
                .replaceQueryParam("page").build(true).toUriString();
    }

    /**
     * The export at {@code path} (with the context path, as {@code @{...}} makes it) with this list's
     * filters, search and order, but every page.
     */
    public String export(String path) {
        return current().replacePath(path).replaceQueryParam("page").replaceQueryParam("size").build(true)
                .toUriString();
    }

    private static UriComponentsBuilder current() {
        return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null);
    }
}
