package org.kefuacademy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KefuAcademyApplication {
    public static void main(String[] args) {
        SpringApplication.run(KefuAcademyApplication.class, args);
    }
}
