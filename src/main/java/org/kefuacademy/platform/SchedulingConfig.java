package org.kefuacademy.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs (e.g. submitting attempts whose time ran out). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
