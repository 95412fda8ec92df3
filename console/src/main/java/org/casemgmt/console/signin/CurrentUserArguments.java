package org.casemgmt.console.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casemgmt.console.api.ApiSessions;
import org.casemgmt.console.api.PlatformApi;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take the signed-in user ({@link SignedInUser}) and their API client ({@link PlatformApi})
 * as arguments: both from the session's access token, refreshed first when it has run out.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArguments implements WebMvcConfigurer {

    static final String REGISTRATION = "casemgmt";

    private final OAuth2AuthorizedClientManager authorizedClients;
    private final ApiSessions sessions;

    CurrentUserArguments(OAuth2AuthorizedClientManager authorizedClients, ApiSessions sessions) {
        this.authorizedClients = authorizedClients;
        this.sessions = sessions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == PlatformApi.class
                        || parameter.getParameterType() == SignedInUser.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                String token = accessToken(request);
                return parameter.getParameterType() == PlatformApi.class ? sessions.as(token)
                        : SignedInUser.fromAccessToken(token);
            }
        });
    }

    private String accessToken(NativeWebRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        OAuth2AuthorizedClient client = authorizedClients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(REGISTRATION)
                .principal(authentication)
                .attribute(HttpServletRequest.class.getName(), request.getNativeRequest(HttpServletRequest.class))
                .attribute(HttpServletResponse.class.getName(), request.getNativeResponse(HttpServletResponse.class))
                .build());
        if (client == null) {
            throw new AuthenticationCredentialsNotFoundException("no access token in this session");
        }
        return client.getAccessToken().getTokenValue();
    }
}
