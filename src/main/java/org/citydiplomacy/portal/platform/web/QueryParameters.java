package org.citydiplomacy.portal.platform.web;

/**
 * A record of text components, each filled from the query parameter of its name (absent: null;
 * repeated: the values joined by commas, as Spring's binding joins them), by
 * {@link QueryParametersResolver}. For the listings' parameters, read on every request: Spring
 * MVC's binding of a record through its constructor looked up the constructor's parameters and
 * their annotations again on every request, a fifth of the CPU of an API list page
 * (docs/performance.md). The record checks and reads its values itself ({@code ParameterReader}).
 */
public interface QueryParameters {
}
