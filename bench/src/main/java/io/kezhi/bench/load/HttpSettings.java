package io.kezhi.bench.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every scenario sends, as the web client in a Chinese browser does. */
final class HttpSettings {

    private HttpSettings() {
    }

    static HttpProtocolBuilder browser() {
        return http.baseUrl(BenchSettings.baseUrl()).acceptHeader("application/json")
                .acceptLanguageHeader("zh-CN,zh;q=0.9").acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("KezhiBench/1.0 (Gatling)").disableWarmUp();
    }
}
