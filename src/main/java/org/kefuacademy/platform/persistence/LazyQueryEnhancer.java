package org.kefuacademy.platform.persistence;

import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.util.function.SingletonSupplier;

/** A query enhancer that asks its factory for the real one (which parses the query) when first needed. */
final class LazyQueryEnhancer implements QueryEnhancer {

    private final QueryProvider query;
    private final SingletonSupplier<QueryEnhancer> parsed;

    private LazyQueryEnhancer(QueryEnhancerFactory factory, QueryProvider query) {
        this.query = query;
        this.parsed = SingletonSupplier.of(() -> factory.create(query));
    }

    @Override
    public boolean isSelectQuery() {
        return parsed.obtain().isSelectQuery();
    }

    @Override
    public boolean hasConstructorExpression() {
        return parsed.obtain().hasConstructorExpression();
    }

    @Override
    public String detectAlias() {
        return parsed.obtain().detectAlias();
    }

    @Override
    public String getProjection() {
        return parsed.obtain().getProjection();
    }

    @Override
    public QueryProvider getQuery() {
        return query;
    }

    @Override
    public String rewrite(QueryRewriteInformation rewriteInformation) {
        return parsed.obtain().rewrite(rewriteInformation);
    }

    @Override
    public String createCountQueryFor(String countProjection) {
        return parsed.obtain().createCountQueryFor(countProjection);
    }

    record Factory(QueryEnhancerFactory chosen) implements QueryEnhancerFactory {
        @Override
        public boolean supports(DeclaredQuery query) {
            return chosen.supports(query);
        }

        @Override
        public QueryEnhancer create(QueryProvider query) {
            return new LazyQueryEnhancer(chosen, query);
        }
    }
}
