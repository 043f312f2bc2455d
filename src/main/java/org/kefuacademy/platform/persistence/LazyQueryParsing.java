package org.kefuacademy.platform.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Spring Data JPA parses every {@code @Query} with its ANTLR HQL grammar while it builds the
 * repositories; on a cold JVM that was about a quarter of start-up (docs/PERFORMANCE.md, Start-up).
 * Here each query is parsed the first time it is run instead. Hibernate still compiles every query at
 * start-up, so a broken query still stops the application before it serves anything.
 */
@Configuration(proxyBeanMethods = false)
class LazyQueryParsing {

    @Bean
    static BeanPostProcessor lazyQueryEnhancers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
                    factory.setQueryEnhancerSelectorSource(new LazySelector());
                }
                return bean;
            }
        };
    }

    /** Spring Data's own choice of parser, wrapped so that it parses on first use. */
    static final class LazySelector implements QueryEnhancerSelector {
        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
            return new LazyQueryEnhancer.Factory(chosen);
        }
    }
}
