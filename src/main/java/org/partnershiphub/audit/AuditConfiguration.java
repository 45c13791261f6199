package org.partnershiphub.audit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partnershiphub.common.Graph;
import org.partnershiphub.security.WithheldReads;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Audits every {@code @Transactional} write method of a {@code @Service}; see {@link AuditInterceptor}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor auditAdvisor(ObjectProvider<AuditTrail> trail, ObjectProvider<Graph> graph,
			ObjectProvider<PlatformTransactionManager> transactions) {
		return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, Transactional.class),
				new AuditInterceptor(trail, graph, transactions));
	}

	/** Writes, after each request, one change record for the withheld interests an auditor was shown. */
	@Bean
	WebGraphQlInterceptor auditorReads(AuditTrail trail) {
		return (request, chain) -> {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			List<Set<String>> reads = new CopyOnWriteArrayList<>();
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> reads.add(WithheldReads.start(context)))
				.build());
			return chain.next(request).doOnNext(response -> reads.stream()
				.filter(ids -> !ids.isEmpty())
				.forEach(ids -> trail.recordReads((caller != null) ? caller.getName() : null, ids)));
		};
	}

}
