// Generated from the server's OpenAPI document by `npm run web:api`; do not edit.

export interface paths {
    "/api/v1/assignments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an offer within its SLA; 409 if it expired or was taken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            leadId: string;
                            method: string | null;
                            mode: string | null;
                            planVersion: number | null;
                            price: number | null;
                            recipient: string;
                            status: string;
                            tier: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass on an offer, with a reason; the next candidate is offered at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            leadId: string;
                            method: string | null;
                            mode: string | null;
                            planVersion: number | null;
                            price: number | null;
                            recipient: string;
                            status: string;
                            tier: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of configuration, newest first: actor, time, entity, before and after */
        get: {
            parameters: {
                query?: {
                    /** @description a user id, or bootstrap */
                    actor?: string;
                    cursor?: string;
                    /** @description one of category, source, recipient, plan, user, token, webhook, return_policy, deliveries, lead, template, settings, suppression, calling, sequence, experiment */
                    entity?: string;
                    /** @description ISO date or date-time, inclusive */
                    from?: string;
                    /** @description the entity's key or id */
                    key?: string;
                    limit?: string;
                    /** @description ISO date or date-time, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                /** @description the user id, or bootstrap for the admin token from the environment */
                                actor: string;
                                /** @description the entity as JSON, secrets redacted; null where it did not exist */
                                after: unknown;
                                /** @description ISO date-time */
                                at: string;
                                /** @description the entity as JSON, secrets redacted; null where it did not exist */
                                before: unknown;
                                entity: string;
                                id: string;
                                key: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List categories */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                dedupe: {
                                    keys: ("email" | "phone")[];
                                    windowDays: number;
                                };
                                fields: {
                                    key: string;
                                    label?: string;
                                    options?: string[];
                                    pattern?: string;
                                    required?: boolean;
                                    type: "string" | "number" | "boolean" | "enum";
                                }[];
                                key: string;
                                name: string;
                                scoring: {
                                    bands: {
                                        min: number;
                                        name: string;
                                    }[];
                                    rules: {
                                        points: number;
                                        /** @description filters, as set */
                                        when: unknown[];
                                    }[];
                                };
                                unknownFields: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a category: its custom field schema and dedupe policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dedupe?: {
                            keys: ("email" | "phone")[];
                            windowDays: number;
                        };
                        fields?: {
                            key: string;
                            label?: string;
                            options?: string[];
                            pattern?: string;
                            required?: boolean;
                            type: "string" | "number" | "boolean" | "enum";
                        }[];
                        /** @description lower-case letters, digits, - and _ */
                        key: string;
                        name: string;
                        scoring?: {
                            bands: {
                                min: number;
                                name: string;
                            }[];
                            rules: {
                                points: number;
                                when: {
                                    field: string;
                                    op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                                    value?: string | number | boolean | (string | number)[];
                                }[];
                            }[];
                        };
                        unknownFields?: "reject" | "keep";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dedupe: {
                                keys: ("email" | "phone")[];
                                windowDays: number;
                            };
                            fields: {
                                key: string;
                                label?: string;
                                options?: string[];
                                pattern?: string;
                                required?: boolean;
                                type: "string" | "number" | "boolean" | "enum";
                            }[];
                            key: string;
                            name: string;
                            scoring: {
                                bands: {
                                    min: number;
                                    name: string;
                                }[];
                                rules: {
                                    points: number;
                                    /** @description filters, as set */
                                    when: unknown[];
                                }[];
                            };
                            unknownFields: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dedupe: {
                                keys: ("email" | "phone")[];
                                windowDays: number;
                            };
                            fields: {
                                key: string;
                                label?: string;
                                options?: string[];
                                pattern?: string;
                                required?: boolean;
                                type: "string" | "number" | "boolean" | "enum";
                            }[];
                            key: string;
                            name: string;
                            scoring: {
                                bands: {
                                    min: number;
                                    name: string;
                                }[];
                                rules: {
                                    points: number;
                                    /** @description filters, as set */
                                    when: unknown[];
                                }[];
                            };
                            unknownFields: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a category: its name, fields, dedupe policy and unknown-field policy
         * @description `fields` replaces the whole list: add fields, or change a field's required flag, options, pattern or label. A field's type cannot change (422 naming it). Intake uses the change at once. Stages, scoring and behaviour have their own PUT routes.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dedupe?: {
                            keys: ("email" | "phone")[];
                            windowDays: number;
                        };
                        fields?: {
                            key: string;
                            label?: string;
                            options?: string[];
                            pattern?: string;
                            required?: boolean;
                            type: "string" | "number" | "boolean" | "enum";
                        }[];
                        name?: string;
                        unknownFields?: "reject" | "keep";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dedupe: {
                                keys: ("email" | "phone")[];
                                windowDays: number;
                            };
                            fields: {
                                key: string;
                                label?: string;
                                options?: string[];
                                pattern?: string;
                                required?: boolean;
                                type: "string" | "number" | "boolean" | "enum";
                            }[];
                            key: string;
                            name: string;
                            scoring: {
                                bands: {
                                    min: number;
                                    name: string;
                                }[];
                                rules: {
                                    points: number;
                                    /** @description filters, as set */
                                    when: unknown[];
                                }[];
                            };
                            unknownFields: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories/{key}/behavior": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category's behavioral scoring rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                /** @description lower-case letters, digits and _, e.g. email_opened */
                                event: string;
                                halfLifeDays?: number;
                                points: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /** Set the category's behavioral scoring rules (points per event type, with decay) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rules: {
                            /** @description lower-case letters, digits and _, e.g. email_opened */
                            event: string;
                            halfLifeDays?: number;
                            points: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                /** @description lower-case letters, digits and _, e.g. email_opened */
                                event: string;
                                halfLifeDays?: number;
                                points: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/calling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the category's leads are called: local calling hours and the cadence of tries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            days: number;
                            hours: {
                                /** @description HH:MM, 24 h */
                                from: string;
                                /** @description HH:MM, 24 h */
                                to: string;
                            };
                            perDay: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /**
         * Set the category's calling hours (in each lead's own time zone) and cadence
         * @description `attempts` tries spread over `days`, at most `perDay` a day, only between `hours.from` and `hours.to` where the lead is (from its zip or state). Defaults: 08:00–21:00, 6 tries over 5 days, 2 a day.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attempts: number;
                        days: number;
                        hours: {
                            /** @description HH:MM, 24 h */
                            from: string;
                            /** @description HH:MM, 24 h */
                            to: string;
                        };
                        perDay: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            days: number;
                            hours: {
                                /** @description HH:MM, 24 h */
                                from: string;
                                /** @description HH:MM, 24 h */
                                to: string;
                            };
                            perDay: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category's live plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            createdAt: string;
                            createdBy: string | null;
                            tiers: {
                                attempts?: number;
                                /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                catchUpLimit?: number;
                                maxRecipients?: number;
                                method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                mode: "push" | "pull" | "direct";
                                /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                pingPost?: {
                                    deadlineMs: number;
                                    fields: string[];
                                };
                                poolSeconds?: number;
                                select: {
                                    keys?: string[];
                                    kind?: "agent" | "partner" | "buyer";
                                    tags?: string[];
                                };
                                slaSeconds?: number;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /** Put a new version of the category's distribution plan live */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tiers: {
                            attempts?: number;
                            /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                            catchUpLimit?: number;
                            maxRecipients?: number;
                            method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                            mode: "push" | "pull" | "direct";
                            /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                            pingPost?: {
                                deadlineMs: number;
                                fields: string[];
                            };
                            poolSeconds?: number;
                            select: {
                                keys?: string[];
                                kind?: "agent" | "partner" | "buyer";
                                tags?: string[];
                            };
                            slaSeconds?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            createdAt: string;
                            createdBy: string | null;
                            tiers: {
                                attempts?: number;
                                /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                catchUpLimit?: number;
                                maxRecipients?: number;
                                method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                mode: "push" | "pull" | "direct";
                                /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                pingPost?: {
                                    deadlineMs: number;
                                    fields: string[];
                                };
                                poolSeconds?: number;
                                select: {
                                    keys?: string[];
                                    kind?: "agent" | "partner" | "buyer";
                                    tags?: string[];
                                };
                                slaSeconds?: number;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/plan/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay stored leads through a draft plan and report who would have got them; changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from?: string;
                        plan: {
                            tiers: {
                                attempts?: number;
                                /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                catchUpLimit?: number;
                                maxRecipients?: number;
                                method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                mode: "push" | "pull" | "direct";
                                /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                pingPost?: {
                                    deadlineMs: number;
                                    fields: string[];
                                };
                                poolSeconds?: number;
                                select: {
                                    keys?: string[];
                                    kind?: "agent" | "partner" | "buyer";
                                    tags?: string[];
                                };
                                slaSeconds?: number;
                            }[];
                        };
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigned: number;
                            pooled: number;
                            recipients: {
                                leads: number;
                                margin: number;
                                recipient: string;
                                revenue: number;
                            }[];
                            total: number;
                            truncated: boolean;
                            unassigned: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the category's plan, newest first, each with its tiers, author and time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                createdAt: string;
                                createdBy: string | null;
                                /** @description whether leads are routed by this version now */
                                live: boolean;
                                tiers: {
                                    attempts?: number;
                                    /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                    catchUpLimit?: number;
                                    maxRecipients?: number;
                                    method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                    mode: "push" | "pull" | "direct";
                                    /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                    pingPost?: {
                                        deadlineMs: number;
                                        fields: string[];
                                    };
                                    poolSeconds?: number;
                                    select: {
                                        keys?: string[];
                                        kind?: "agent" | "partner" | "buyer";
                                        tags?: string[];
                                    };
                                    slaSeconds?: number;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/plan/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the category's plan, live or not */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            createdAt: string;
                            createdBy: string | null;
                            tiers: {
                                attempts?: number;
                                /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                catchUpLimit?: number;
                                maxRecipients?: number;
                                method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                mode: "push" | "pull" | "direct";
                                /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                pingPost?: {
                                    deadlineMs: number;
                                    fields: string[];
                                };
                                poolSeconds?: number;
                                select: {
                                    keys?: string[];
                                    kind?: "agent" | "partner" | "buyer";
                                    tags?: string[];
                                };
                                slaSeconds?: number;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the category's field scoring rules and priority bands (applies to leads from now on) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bands: {
                            min: number;
                            name: string;
                        }[];
                        rules: {
                            points: number;
                            when: {
                                field: string;
                                op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                                value?: string | number | boolean | (string | number)[];
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dedupe: {
                                keys: ("email" | "phone")[];
                                windowDays: number;
                            };
                            fields: {
                                key: string;
                                label?: string;
                                options?: string[];
                                pattern?: string;
                                required?: boolean;
                                type: "string" | "number" | "boolean" | "enum";
                            }[];
                            key: string;
                            name: string;
                            scoring: {
                                bands: {
                                    min: number;
                                    name: string;
                                }[];
                                rules: {
                                    points: number;
                                    /** @description filters, as set */
                                    when: unknown[];
                                }[];
                            };
                            unknownFields: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{key}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category's stage pipeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            rerouteReturns: boolean;
                            stages: {
                                contact: boolean;
                                key: string;
                                name: string;
                                outcome: string | null;
                                terminal: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /**
         * Set the category's stage pipeline and whether returned leads are routed again
         * @description The list must contain `new` and `assigned`. A stage with `outcome: won` asks for revenue, `lost` for a reason; both are terminal. `contact` (by default: after `assigned`, not lost) makes the first move there the lead's first contact.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rerouteReturns?: boolean;
                        stages: {
                            contact?: boolean;
                            /** @description lower-case letters, digits, - and _ */
                            key: string;
                            name?: string;
                            outcome?: "won" | "lost";
                            terminal?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            rerouteReturns: boolean;
                            stages: {
                                contact: boolean;
                                key: string;
                                name: string;
                                outcome: string | null;
                                terminal: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: by default the failures (dead, failed, rejected) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    recipient?: string;
                    status?: "pending" | "sending" | "delivered" | "failed" | "dead" | "rejected" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignmentId: string | null;
                                attemptCount: number;
                                attempts?: {
                                    at: string | null;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    outcome: string;
                                    request: unknown;
                                    response: {
                                        body: string | null;
                                        headers: {
                                            [key: string]: string;
                                        } | null;
                                        status: number | null;
                                    };
                                }[];
                                channel: string;
                                createdAt: string | null;
                                deliveredAt: string | null;
                                externalId: string | null;
                                id: string;
                                idempotencyKey: string;
                                /** @description lead: the lead to its holder; offer and task: a notice of an offer, of a task due */
                                kind: string;
                                lastRequest: unknown;
                                lastResponse: {
                                    body: string | null;
                                    durationMs: number | null;
                                    error: string | null;
                                    headers: {
                                        [key: string]: string;
                                    } | null;
                                    status: number | null;
                                } | null;
                                leadId: string;
                                maxAttempts: number;
                                nextAttemptAt: string | null;
                                price: number | null;
                                reason: string | null;
                                recipient: string;
                                status: string;
                                taskId?: string;
                                updatedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead or rejected delivery again, under the same Idempotency-Key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignmentId: string | null;
                            attemptCount: number;
                            attempts?: {
                                at: string | null;
                                attempt: number;
                                durationMs: number;
                                error: string | null;
                                outcome: string;
                                request: unknown;
                                response: {
                                    body: string | null;
                                    headers: {
                                        [key: string]: string;
                                    } | null;
                                    status: number | null;
                                };
                            }[];
                            channel: string;
                            createdAt: string | null;
                            deliveredAt: string | null;
                            externalId: string | null;
                            id: string;
                            idempotencyKey: string;
                            /** @description lead: the lead to its holder; offer and task: a notice of an offer, of a task due */
                            kind: string;
                            lastRequest: unknown;
                            lastResponse: {
                                body: string | null;
                                durationMs: number | null;
                                error: string | null;
                                headers: {
                                    [key: string]: string;
                                } | null;
                                status: number | null;
                            } | null;
                            leadId: string;
                            maxAttempts: number;
                            nextAttemptAt: string | null;
                            price: number | null;
                            reason: string | null;
                            recipient: string;
                            status: string;
                            taskId?: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The experiments, newest first (the latest 500), of one category or all */
        get: {
            parameters: {
                query?: {
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                alpha: number;
                                arms: {
                                    arm: number;
                                    name: string;
                                    planVersion: number;
                                    share: number;
                                    tiers: {
                                        attempts?: number;
                                        /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                        catchUpLimit?: number;
                                        maxRecipients?: number;
                                        method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                        mode: "push" | "pull" | "direct";
                                        /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                        pingPost?: {
                                            deadlineMs: number;
                                            fields: string[];
                                        };
                                        poolSeconds?: number;
                                        select: {
                                            keys?: string[];
                                            kind?: "agent" | "partner" | "buyer";
                                            tags?: string[];
                                        };
                                        slaSeconds?: number;
                                    }[];
                                }[];
                                auto: {
                                    everyHours: number;
                                    lastAt: string | null;
                                    maxShare: number;
                                    minShare: number;
                                } | null;
                                category: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                endedAt: string | null;
                                endsAt: string | null;
                                id: string;
                                kind: "test" | "retest";
                                /** @description leads split so far */
                                leads: number;
                                maxLeads: number | null;
                                /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                                metric: "win" | "contact";
                                parent: string | null;
                                promotedArm: number | null;
                                retest: string | null;
                                /** Format: date-time */
                                startedAt: string;
                                status: "running" | "stopped" | "ended" | "promoted";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Split a category's new leads between plans and compare them
         * @description Each new lead of the category is routed by the plan of the arm its id hashes to, until endsAt or the number of leads. The first arm is the control. At most one experiment runs per category.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the test's level; 0.05 by default */
                        alpha?: number;
                        /** @description the first arm is the control the others are compared with */
                        arms: {
                            name?: string;
                            /** @description the arm's tiers, stored as a draft version */
                            plan?: {
                                tiers: {
                                    attempts?: number;
                                    /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                    catchUpLimit?: number;
                                    maxRecipients?: number;
                                    method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                    mode: "push" | "pull" | "direct";
                                    /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                    pingPost?: {
                                        deadlineMs: number;
                                        fields: string[];
                                    };
                                    poolSeconds?: number;
                                    select: {
                                        keys?: string[];
                                        kind?: "agent" | "partner" | "buyer";
                                        tags?: string[];
                                    };
                                    slaSeconds?: number;
                                }[];
                            };
                            /** @description a stored version of the category's plan (the live one or a draft), in place of plan */
                            planVersion?: number;
                            /** @description fractions summing to 1, or percentages summing to 100 */
                            share: number;
                        }[];
                        /** @description move the shares toward the better arm by Thompson sampling, within these limits, every so many hours (24) */
                        auto?: {
                            everyHours?: number;
                            maxShare: number;
                            minShare: number;
                        };
                        category: string;
                        /**
                         * Format: date-time
                         * @description stop splitting at this time
                         */
                        endsAt?: string;
                        /** @description stop splitting after this many leads */
                        leads?: number;
                        /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                        metric?: "win" | "contact";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alpha: number;
                            arms: {
                                arm: number;
                                name: string;
                                planVersion: number;
                                share: number;
                                tiers: {
                                    attempts?: number;
                                    /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                    catchUpLimit?: number;
                                    maxRecipients?: number;
                                    method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                    mode: "push" | "pull" | "direct";
                                    /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                    pingPost?: {
                                        deadlineMs: number;
                                        fields: string[];
                                    };
                                    poolSeconds?: number;
                                    select: {
                                        keys?: string[];
                                        kind?: "agent" | "partner" | "buyer";
                                        tags?: string[];
                                    };
                                    slaSeconds?: number;
                                }[];
                            }[];
                            auto: {
                                everyHours: number;
                                lastAt: string | null;
                                maxShare: number;
                                minShare: number;
                            } | null;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            endedAt: string | null;
                            endsAt: string | null;
                            id: string;
                            kind: "test" | "retest";
                            /** @description leads split so far */
                            leads: number;
                            maxLeads: number | null;
                            /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                            metric: "win" | "contact";
                            parent: string | null;
                            promotedArm: number | null;
                            retest: string | null;
                            /** Format: date-time */
                            startedAt: string;
                            status: "running" | "stopped" | "ended" | "promoted";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An experiment with each arm's figures and the verdict with its interval
         * @description Per arm: leads, contact, win and return rates, median speed to lead, margin and revenue per lead. The verdict compares each arm with the first (the control) by an mSPRT over daily looks: its p-values and intervals stay valid however often they are looked at.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alpha: number;
                            arms: {
                                arm: number;
                                name: string;
                                planVersion: number;
                                share: number;
                                tiers: {
                                    attempts?: number;
                                    /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                    catchUpLimit?: number;
                                    maxRecipients?: number;
                                    method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                    mode: "push" | "pull" | "direct";
                                    /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                    pingPost?: {
                                        deadlineMs: number;
                                        fields: string[];
                                    };
                                    poolSeconds?: number;
                                    select: {
                                        keys?: string[];
                                        kind?: "agent" | "partner" | "buyer";
                                        tags?: string[];
                                    };
                                    slaSeconds?: number;
                                }[];
                            }[];
                            auto: {
                                everyHours: number;
                                lastAt: string | null;
                                maxShare: number;
                                minShare: number;
                            } | null;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            endedAt: string | null;
                            endsAt: string | null;
                            id: string;
                            kind: "test" | "retest";
                            /** @description leads split so far */
                            leads: number;
                            maxLeads: number | null;
                            /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                            metric: "win" | "contact";
                            parent: string | null;
                            promotedArm: number | null;
                            results: {
                                arm: number;
                                contacted: number;
                                contactRate: number | null;
                                leads: number;
                                marginPerLead: number | null;
                                medianSecondsToContact: number | null;
                                returned: number;
                                returnRate: number | null;
                                revenuePerLead: number | null;
                                winRate: number | null;
                                won: number;
                            }[];
                            retest: string | null;
                            retestOutcome: ("still_wins" | "no_longer_wins" | "no_difference") | null;
                            /** Format: date-time */
                            startedAt: string;
                            status: "running" | "stopped" | "ended" | "promoted";
                            verdict: {
                                alpha: number;
                                alphaPerComparison: number;
                                comparisons: {
                                    against: number;
                                    arm: number;
                                    difference: number | null;
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    /** @description always valid: it may be looked at any time */
                                    pValue: number;
                                    significant: boolean;
                                }[];
                                /**
                                 * @description mixture sequential probability ratio test, normal mixture, daily looks
                                 * @enum {string}
                                 */
                                method: "msprt";
                                /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                                metric: "win" | "contact";
                                statement: string;
                                winner: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an arm's plan the category's plan, as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the arm to promote; the winner by default */
                        arm?: number;
                        /** @description keep this share of new leads on the replaced plan for so many days, then say whether the winner still wins */
                        holdout?: {
                            days: number;
                            share: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            experiment: {
                                alpha: number;
                                arms: {
                                    arm: number;
                                    name: string;
                                    planVersion: number;
                                    share: number;
                                    tiers: {
                                        attempts?: number;
                                        /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                        catchUpLimit?: number;
                                        maxRecipients?: number;
                                        method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                        mode: "push" | "pull" | "direct";
                                        /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                        pingPost?: {
                                            deadlineMs: number;
                                            fields: string[];
                                        };
                                        poolSeconds?: number;
                                        select: {
                                            keys?: string[];
                                            kind?: "agent" | "partner" | "buyer";
                                            tags?: string[];
                                        };
                                        slaSeconds?: number;
                                    }[];
                                }[];
                                auto: {
                                    everyHours: number;
                                    lastAt: string | null;
                                    maxShare: number;
                                    minShare: number;
                                } | null;
                                category: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                endedAt: string | null;
                                endsAt: string | null;
                                id: string;
                                kind: "test" | "retest";
                                /** @description leads split so far */
                                leads: number;
                                maxLeads: number | null;
                                /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                                metric: "win" | "contact";
                                parent: string | null;
                                promotedArm: number | null;
                                retest: string | null;
                                /** Format: date-time */
                                startedAt: string;
                                status: "running" | "stopped" | "ended" | "promoted";
                            };
                            /** @description the plan version now live */
                            planVersion: number;
                            retest: {
                                alpha: number;
                                arms: {
                                    arm: number;
                                    name: string;
                                    planVersion: number;
                                    share: number;
                                    tiers: {
                                        attempts?: number;
                                        /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                        catchUpLimit?: number;
                                        maxRecipients?: number;
                                        method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                        mode: "push" | "pull" | "direct";
                                        /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                        pingPost?: {
                                            deadlineMs: number;
                                            fields: string[];
                                        };
                                        poolSeconds?: number;
                                        select: {
                                            keys?: string[];
                                            kind?: "agent" | "partner" | "buyer";
                                            tags?: string[];
                                        };
                                        slaSeconds?: number;
                                    }[];
                                }[];
                                auto: {
                                    everyHours: number;
                                    lastAt: string | null;
                                    maxShare: number;
                                    minShare: number;
                                } | null;
                                category: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                endedAt: string | null;
                                endsAt: string | null;
                                id: string;
                                kind: "test" | "retest";
                                /** @description leads split so far */
                                leads: number;
                                maxLeads: number | null;
                                /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                                metric: "win" | "contact";
                                parent: string | null;
                                promotedArm: number | null;
                                retest: string | null;
                                /** Format: date-time */
                                startedAt: string;
                                status: "running" | "stopped" | "ended" | "promoted";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a running experiment: the category's leads go back to its plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alpha: number;
                            arms: {
                                arm: number;
                                name: string;
                                planVersion: number;
                                share: number;
                                tiers: {
                                    attempts?: number;
                                    /** @description least_loaded: a recipient with fewer open leads than the others gets at most this many in a row */
                                    catchUpLimit?: number;
                                    maxRecipients?: number;
                                    method: "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
                                    mode: "push" | "pull" | "direct";
                                    /** @description ping the tier's buyers with these lead fields and collect bids until the deadline */
                                    pingPost?: {
                                        deadlineMs: number;
                                        fields: string[];
                                    };
                                    poolSeconds?: number;
                                    select: {
                                        keys?: string[];
                                        kind?: "agent" | "partner" | "buyer";
                                        tags?: string[];
                                    };
                                    slaSeconds?: number;
                                }[];
                            }[];
                            auto: {
                                everyHours: number;
                                lastAt: string | null;
                                maxShare: number;
                                minShare: number;
                            } | null;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            endedAt: string | null;
                            endsAt: string | null;
                            id: string;
                            kind: "test" | "retest";
                            /** @description leads split so far */
                            leads: number;
                            maxLeads: number | null;
                            /** @description what the verdict and automatic shares compare: win rate (default) or contact rate */
                            metric: "win" | "contact";
                            parent: string | null;
                            promotedArm: number | null;
                            retest: string | null;
                            /** Format: date-time */
                            startedAt: string;
                            status: "running" | "stopped" | "ended" | "promoted";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a CSV file of leads (for a source) or of recipients
         * @description Answers 202 once the header is checked and the rows counted; the rows are imported after that, and `GET /api/v1/imports/{id}` tells how far it got and why each refused row was refused. Leads go through intake's validation, dedupe and routing. A request retried with the same `Idempotency-Key` answers the import the first one started. A value that starts like a spreadsheet formula refuses its row.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the file, UTF-8 */
                        csv: string;
                        fileName?: string;
                        kind: "leads" | "recipients";
                        /** @description leads: the source they came from */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            columns: {
                                /** @description null: the column is not imported */
                                field: string | null;
                                header: string;
                            }[];
                            createdAt: string;
                            /** @description why the import stopped, if it failed */
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            kind: "leads" | "recipients";
                            /** @description refused rows in file order, a page at a time (`after`) */
                            refusals: {
                                /** @description the line of the file the row starts on; the header is line 1 */
                                line: number;
                                problems: {
                                    /** @description the field at fault; null: the row as a whole */
                                    field: string | null;
                                    message: string;
                                }[];
                            }[];
                            refused: number;
                            rowsDone: number;
                            rowsTotal: number;
                            source: string | null;
                            status: "running" | "done" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            columns: {
                                /** @description null: the column is not imported */
                                field: string | null;
                                header: string;
                            }[];
                            createdAt: string;
                            /** @description why the import stopped, if it failed */
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            kind: "leads" | "recipients";
                            /** @description refused rows in file order, a page at a time (`after`) */
                            refusals: {
                                /** @description the line of the file the row starts on; the header is line 1 */
                                line: number;
                                problems: {
                                    /** @description the field at fault; null: the row as a whole */
                                    field: string | null;
                                    message: string;
                                }[];
                            }[];
                            refused: number;
                            rowsDone: number;
                            rowsTotal: number;
                            source: string | null;
                            status: "running" | "done" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far an import got: rows done of the total, accepted, and each refused row with its reasons */
        get: {
            parameters: {
                query?: {
                    /** @description refused rows after this line */
                    after?: string;
                    limit?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            columns: {
                                /** @description null: the column is not imported */
                                field: string | null;
                                header: string;
                            }[];
                            createdAt: string;
                            /** @description why the import stopped, if it failed */
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            kind: "leads" | "recipients";
                            /** @description refused rows in file order, a page at a time (`after`) */
                            refusals: {
                                /** @description the line of the file the row starts on; the header is line 1 */
                                line: number;
                                problems: {
                                    /** @description the field at fault; null: the row as a whole */
                                    field: string | null;
                                    message: string;
                                }[];
                            }[];
                            refused: number;
                            rowsDone: number;
                            rowsTotal: number;
                            source: string | null;
                            status: "running" | "done" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invite: choose a password and sign in
         * @description The token is the last part of the invite link. It works once and expires after 7 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 10 to 200 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the recipient the user acts for, so screens speak a buyer's or a partner's language */
                            actsFor: {
                                key: string;
                                kind: "agent" | "partner" | "buyer";
                                name: string;
                            } | null;
                            /** @description send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
                            csrfToken: string;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: "admin" | "manager" | "agent" | "partner";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads, newest first, a page at a time */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    cursor?: string;
                    /** @description ISO date or date-time, inclusive */
                    from?: string;
                    limit?: string;
                    /** @description text in the name, email or phone, whatever its case; a phone by its digits */
                    q?: string;
                    /** @description leads this recipient had in any way */
                    recipient?: string;
                    source?: string;
                    stage?: string;
                    state?: string;
                    status?: "unassigned" | "offered" | "pooled" | "auction" | "assigned" | "closed";
                    /** @description ISO date or date-time, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                assignments?: {
                                    cost?: number | null;
                                    createdAt: string;
                                    expiresAt: string | null;
                                    id: string;
                                    leadId: string;
                                    margin?: number | null;
                                    method: string | null;
                                    mode: string | null;
                                    planVersion: number | null;
                                    price: number | null;
                                    recipient: string;
                                    status: string;
                                    tier: number | null;
                                    trace?: unknown;
                                }[];
                                attribution: {
                                    utmCampaign?: string;
                                    utmContent?: string;
                                    utmMedium?: string;
                                    utmSource?: string;
                                    utmTerm?: string;
                                };
                                category: string;
                                city: string | null;
                                consent: {
                                    at: string;
                                    ip: string | null;
                                    pageUrl: string | null;
                                    text: string;
                                } | null;
                                /** @description staff only */
                                cost?: number;
                                country: string;
                                createdAt: string;
                                email: string | null;
                                events?: {
                                    actor: string | null;
                                    at: string;
                                    data: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    type: string;
                                }[];
                                fields: {
                                    [key: string]: (string | number | boolean) | null;
                                };
                                firstName: string | null;
                                id: string;
                                ip: string | null;
                                lastName: string | null;
                                lat: number | null;
                                lon: number | null;
                                phone: string | null;
                                priority: string;
                                /** @description lead detail only: the name of each recipient its assignments, decision traces and timeline mention, by key (to a recipient holding the lead, only its own) */
                                recipientNames?: {
                                    [key: string]: string;
                                };
                                revenue: number;
                                score: number;
                                source: string;
                                /** @description the source's name (lead detail only) */
                                sourceName?: string;
                                stage: string;
                                state: string | null;
                                status: string;
                                tags: string[];
                                updatedAt: string;
                                zip: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Capture a lead from a source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The lead's fields, flat: firstName, lastName, email, phone, address, city, state, zip, country, the category's custom fields, consentText/consentAt/consentPageUrl (or a consent object), utm* fields. JSON, application/x-www-form-urlencoded (with optional intakeKey and redirect fields) or XML (<lead> with one child per field). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                cost?: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                margin?: number | null;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                                trace?: unknown;
                            }[];
                            id: string;
                            priority: string;
                            score: number;
                            status: string;
                        };
                    };
                };
                /** @description a form's redirect field was given */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead with its assignments and event timeline
         * @description Staff see every assignment with its decision trace. The recipient holding the lead sees its contact, its own assignments and the timeline of the work on it; a recipient with an open offer sees the preview the pool shows and its offer. To anyone else the lead does not exist (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            assignments?: {
                                cost?: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                margin?: number | null;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                                trace?: unknown;
                            }[];
                            attribution: {
                                utmCampaign?: string;
                                utmContent?: string;
                                utmMedium?: string;
                                utmSource?: string;
                                utmTerm?: string;
                            };
                            category: string;
                            city: string | null;
                            consent: {
                                at: string;
                                ip: string | null;
                                pageUrl: string | null;
                                text: string;
                            } | null;
                            /** @description staff only */
                            cost?: number;
                            country: string;
                            createdAt: string;
                            email: string | null;
                            events?: {
                                actor: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            fields: {
                                [key: string]: (string | number | boolean) | null;
                            };
                            firstName: string | null;
                            id: string;
                            ip: string | null;
                            lastName: string | null;
                            lat: number | null;
                            lon: number | null;
                            phone: string | null;
                            priority: string;
                            /** @description lead detail only: the name of each recipient its assignments, decision traces and timeline mention, by key (to a recipient holding the lead, only its own) */
                            recipientNames?: {
                                [key: string]: string;
                            };
                            revenue: number;
                            score: number;
                            source: string;
                            /** @description the source's name (lead detail only) */
                            sourceName?: string;
                            stage: string;
                            state: string | null;
                            status: string;
                            tags: string[];
                            updatedAt: string;
                            zip: string | null;
                        } | {
                            assignments: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                            }[];
                            category: string;
                            city: string | null;
                            fields: {
                                [key: string]: (string | number | boolean) | null;
                            };
                            firstName: string | null;
                            id: string;
                            poolUntil: string | null;
                            priority: string;
                            receivedAt: string;
                            score: number;
                            source: string;
                            state: string | null;
                            zip: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign or reassign a lead to a recipient by hand, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        recipient: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cost?: number | null;
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            leadId: string;
                            margin?: number | null;
                            method: string | null;
                            mode: string | null;
                            planVersion: number | null;
                            price: number | null;
                            recipient: string;
                            status: string;
                            tier: number | null;
                            trace?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a call to the lead (the first call is its first contact) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationSeconds: number;
                        notes?: string;
                        /** @description e.g. connected, no_answer, voicemail, busy, wrong_number */
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: string | null;
                            at: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            leadId: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead's deliveries, each with every try's request and response */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignmentId: string | null;
                                attemptCount: number;
                                attempts?: {
                                    at: string | null;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    outcome: string;
                                    request: unknown;
                                    response: {
                                        body: string | null;
                                        headers: {
                                            [key: string]: string;
                                        } | null;
                                        status: number | null;
                                    };
                                }[];
                                channel: string;
                                createdAt: string | null;
                                deliveredAt: string | null;
                                externalId: string | null;
                                id: string;
                                idempotencyKey: string;
                                /** @description lead: the lead to its holder; offer and task: a notice of an offer, of a task due */
                                kind: string;
                                lastRequest: unknown;
                                lastResponse: {
                                    body: string | null;
                                    durationMs: number | null;
                                    error: string | null;
                                    headers: {
                                        [key: string]: string;
                                    } | null;
                                    status: number | null;
                                } | null;
                                leadId: string;
                                maxAttempts: number;
                                nextAttemptAt: string | null;
                                price: number | null;
                                reason: string | null;
                                recipient: string;
                                status: string;
                                taskId?: string;
                                updatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead's nurture enrolments, each with its next step and when it is due
         * @description For staff, and for the agent or partner that holds the lead.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                endedAt: string | null;
                                enrolledAt: string;
                                enrolledBy: string;
                                exitReason: "stage" | "replied" | "unsubscribed" | "bounced" | "suppressed" | "removed" | "lead_gone" | null;
                                id: string;
                                leadId: string;
                                /** @description when it is due */
                                nextAt: string | null;
                                /** @description the id of the step that runs next */
                                nextStep: string | null;
                                sequence: string;
                                status: "active" | "completed" | "exited";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what a lead did (email_opened, email_clicked, page_visit, form_fill, call_connected, ...)
         * @description Adds the event to the lead's timeline and rescores the lead: its field score plus the decayed points of its category's behavioral rules; the priority band follows the score. The type is one every category takes or one its behavioral rules name; a type Carousel writes itself (received, offered, call, ...) is 422 `reserved`, any other 422 `unknown`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        };
                        /** @description lower-case letters, digits and _, e.g. email_opened */
                        type: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            behaviorScore: number;
                            event: {
                                actor: string | null;
                                at: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                leadId: string;
                                type: string;
                            };
                            fieldScore: number;
                            priority: string;
                            score: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to a lead's timeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: string | null;
                            at: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            leadId: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say what became of a lead: contacted, sold (with an amount) or bad (with a reason)
         * @description Staff, or the user of a recipient holding the lead (accepted, claimed or delivered). The outcome goes on the lead's timeline (an `outcome` event) and into the reports: contacted is the lead's first contact if it had none, sold counts as won and its amount replaces the recipient's price in sales, bad counts like a return (without a credit). Saying the same outcome again replaces its amount or reason. Staff name `recipient` when several hold the lead. Buyers' systems can call the recipient's postback URL instead (docs/DELIVERY.md).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description sold only, in dollars */
                        amount?: number;
                        /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                        outcome: "contacted" | "sold" | "bad";
                        reason?: string;
                        recipient?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            at: string;
                            eventId: string;
                            leadId: string;
                            /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                            outcome: "contacted" | "sold" | "bad";
                            reason: string | null;
                            recipient: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a lead (a buyer's or partner's user, or staff on its behalf) with a reason
         * @description Within the recipient's return window and under its monthly cap (409 otherwise). The assignment becomes `returned`; the lead is routed again to recipients that have not refused it when its category says so (`rerouteReturns`), else closed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        recipient?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: {
                                cost?: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                margin?: number | null;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                                trace?: unknown;
                            }[];
                            returned: {
                                cost?: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                margin?: number | null;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                                trace?: unknown;
                            };
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead's score now, explained: which fields and which events gave which points
         * @description The score is the field score intake gave plus each scored event's points, decayed by its rule's half-life to now; the band follows. `fields` are the category's field rules the lead meets (a part with `when: null` is what rules since changed gave at intake). `events` give each event's points when it happened and what they are worth now. `history` is every change of the score: intake (`fields`), an `event`, or `decay` crossing a band. For staff, and for the agent or partner that holds the lead.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            band: string;
                            behaviorScore: number;
                            events: {
                                at: string;
                                halfLifeDays: number | null;
                                id: string;
                                points: number;
                                pointsNow: number;
                                type: string;
                            }[];
                            fields: {
                                points: number;
                                when: {
                                    field: string;
                                    op: string;
                                    value?: unknown;
                                }[] | null;
                            }[];
                            fieldScore: number;
                            history: {
                                at: string;
                                band: string;
                                cause: "fields" | "event" | "decay";
                                event: {
                                    id: string;
                                    type: string;
                                } | null;
                                score: number;
                            }[];
                            leadId: string;
                            nextBandChangeAt: string | null;
                            score: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a lead to another stage of its category (staff, or the recipient holding it)
         * @description A won stage needs `revenue` and sets the lead's revenue; a lost stage needs `reason`. The first move into a contact stage is the lead's first contact.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        revenue?: number;
                        stage: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            assignments?: {
                                cost?: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                leadId: string;
                                margin?: number | null;
                                method: string | null;
                                mode: string | null;
                                planVersion: number | null;
                                price: number | null;
                                recipient: string;
                                status: string;
                                tier: number | null;
                                trace?: unknown;
                            }[];
                            attribution: {
                                utmCampaign?: string;
                                utmContent?: string;
                                utmMedium?: string;
                                utmSource?: string;
                                utmTerm?: string;
                            };
                            category: string;
                            city: string | null;
                            consent: {
                                at: string;
                                ip: string | null;
                                pageUrl: string | null;
                                text: string;
                            } | null;
                            /** @description staff only */
                            cost?: number;
                            country: string;
                            createdAt: string;
                            email: string | null;
                            events?: {
                                actor: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            fields: {
                                [key: string]: (string | number | boolean) | null;
                            };
                            firstName: string | null;
                            id: string;
                            ip: string | null;
                            lastName: string | null;
                            lat: number | null;
                            lon: number | null;
                            phone: string | null;
                            priority: string;
                            /** @description lead detail only: the name of each recipient its assignments, decision traces and timeline mention, by key (to a recipient holding the lead, only its own) */
                            recipientNames?: {
                                [key: string]: string;
                            };
                            revenue: number;
                            score: number;
                            source: string;
                            /** @description the source's name (lead detail only) */
                            sourceName?: string;
                            stage: string;
                            state: string | null;
                            status: string;
                            tags: string[];
                            updatedAt: string;
                            zip: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a follow-up task on a lead, due at a time
         * @description Staff may name the recipient the task is for; by default it is the lead's holder.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO date-time */
                        dueAt: string;
                        recipient?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedAt: string | null;
                            completedBy: string | null;
                            createdAt: string | null;
                            createdBy: string;
                            dueAt: string | null;
                            id: string;
                            leadId: string;
                            recipient: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/timing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead's speed to lead: received, first offered, first accepted, first contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            firstAcceptedAt: string | null;
                            firstContactAt: string | null;
                            firstOfferedAt: string | null;
                            leadId: string;
                            receivedAt: string;
                            secondsToAccept: number | null;
                            secondsToContact: number | null;
                            secondsToOffer: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook deliveries of a lead's events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attemptCount: number;
                                body: unknown;
                                createdAt: string | null;
                                deliveredAt: string | null;
                                eventId: string;
                                eventType: string;
                                id: string;
                                idempotencyKey: string;
                                lastResponse: {
                                    body: string | null;
                                    durationMs: number | null;
                                    error: string | null;
                                    status: number | null;
                                } | null;
                                leadId: string;
                                maxAttempts: number;
                                nextAttemptAt: string | null;
                                status: string;
                                subscriptionId: string;
                                updatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads that need a person, newest first: nobody holds them and no retry is due, or their delivery is dead */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description each recipient considered for a lead nobody holds, and why it does not take it */
                                candidates: {
                                    reason: string;
                                    recipient: string;
                                }[];
                                /** @description for delivery_dead: the deliveries that gave up */
                                deliveries: {
                                    attempts: number;
                                    id: string;
                                    lastError: string | null;
                                    recipient: string;
                                }[];
                                /** @description what a person can do about it */
                                fix: string;
                                lead: {
                                    address: string | null;
                                    assignments?: {
                                        cost?: number | null;
                                        createdAt: string;
                                        expiresAt: string | null;
                                        id: string;
                                        leadId: string;
                                        margin?: number | null;
                                        method: string | null;
                                        mode: string | null;
                                        planVersion: number | null;
                                        price: number | null;
                                        recipient: string;
                                        status: string;
                                        tier: number | null;
                                        trace?: unknown;
                                    }[];
                                    attribution: {
                                        utmCampaign?: string;
                                        utmContent?: string;
                                        utmMedium?: string;
                                        utmSource?: string;
                                        utmTerm?: string;
                                    };
                                    category: string;
                                    city: string | null;
                                    consent: {
                                        at: string;
                                        ip: string | null;
                                        pageUrl: string | null;
                                        text: string;
                                    } | null;
                                    /** @description staff only */
                                    cost?: number;
                                    country: string;
                                    createdAt: string;
                                    email: string | null;
                                    events?: {
                                        actor: string | null;
                                        at: string;
                                        data: {
                                            [key: string]: unknown;
                                        };
                                        id: string;
                                        type: string;
                                    }[];
                                    fields: {
                                        [key: string]: (string | number | boolean) | null;
                                    };
                                    firstName: string | null;
                                    id: string;
                                    ip: string | null;
                                    lastName: string | null;
                                    lat: number | null;
                                    lon: number | null;
                                    phone: string | null;
                                    priority: string;
                                    /** @description lead detail only: the name of each recipient its assignments, decision traces and timeline mention, by key (to a recipient holding the lead, only its own) */
                                    recipientNames?: {
                                        [key: string]: string;
                                    };
                                    revenue: number;
                                    score: number;
                                    source: string;
                                    /** @description the source's name (lead detail only) */
                                    sourceName?: string;
                                    stage: string;
                                    state: string | null;
                                    status: string;
                                    tags: string[];
                                    updatedAt: string;
                                    zip: string | null;
                                };
                                /** @description the problem in a sentence */
                                message: string;
                                /** @description why nobody is working the lead, one of no_plan, no_recipient, not_eligible, recipients_away, at_capacity, all_refused, offers_ran_out, delivery_dead (docs/ROUTING.md, Needs attention) */
                                problem: string;
                                /** @description what would route the lead again by itself, if anything */
                                retry: string;
                                /** @description ISO date-time it has been this way since */
                                since: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leads table's filtered set as a CSV file, newest first, streamed
         * @description The same filters as `GET /api/v1/leads`; the columns of `carousel export`, so the file imports back. A value that a spreadsheet would run as a formula is written with a leading apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    /** @description ISO date or date-time, inclusive */
                    from?: string;
                    /** @description text in the name, email or phone, whatever its case; a phone by its digits */
                    q?: string;
                    /** @description leads this recipient had in any way */
                    recipient?: string;
                    source?: string;
                    stage?: string;
                    state?: string;
                    status?: "unassigned" | "offered" | "pooled" | "auction" | "assigned" | "closed";
                    /** @description ISO date or date-time, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/call-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who to call next: the caller's leads in order, each with why
         * @description Callbacks due (open tasks due now) first, then new leads (hot first, then by score, oldest first), then retries that are due, then leads every try of the cadence missed. Leads without a phone, with a suppressed number, outside their local calling hours, with the day's tries used, or whose next try is not due are in `heldBack` with the reason. Logging a call (`POST /api/v1/leads/{id}/calls`) moves the lead on.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            heldBack: {
                                leadId: string;
                                reason: "no_phone" | "suppressed" | "outside_hours" | "tries_today_used" | "not_due";
                                until: string | null;
                            }[];
                            items: {
                                attempts: number;
                                leadId: string;
                                name: string;
                                phone: string;
                                priority: string;
                                reason: "callback" | "new" | "retry" | "never_reached";
                                score: number;
                                why: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leads sent to the caller's recipient and how each delivery went, newest first
         * @description Only the caller's recipient's deliveries of leads, without requests or answers.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attemptCount: number;
                                channel: string;
                                createdAt: string | null;
                                deliveredAt: string | null;
                                id: string;
                                leadId: string;
                                reason: string | null;
                                status: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leads the caller's recipient holds now, newest first, a page at a time
         * @description Each lead carries the caller's own assignments of it (`assignments`): since when it holds the lead and at what price.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    stage?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                assignments?: {
                                    cost?: number | null;
                                    createdAt: string;
                                    expiresAt: string | null;
                                    id: string;
                                    leadId: string;
                                    margin?: number | null;
                                    method: string | null;
                                    mode: string | null;
                                    planVersion: number | null;
                                    price: number | null;
                                    recipient: string;
                                    status: string;
                                    tier: number | null;
                                    trace?: unknown;
                                }[];
                                attribution: {
                                    utmCampaign?: string;
                                    utmContent?: string;
                                    utmMedium?: string;
                                    utmSource?: string;
                                    utmTerm?: string;
                                };
                                category: string;
                                city: string | null;
                                consent: {
                                    at: string;
                                    ip: string | null;
                                    pageUrl: string | null;
                                    text: string;
                                } | null;
                                /** @description staff only */
                                cost?: number;
                                country: string;
                                createdAt: string;
                                email: string | null;
                                events?: {
                                    actor: string | null;
                                    at: string;
                                    data: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    type: string;
                                }[];
                                fields: {
                                    [key: string]: (string | number | boolean) | null;
                                };
                                firstName: string | null;
                                id: string;
                                ip: string | null;
                                lastName: string | null;
                                lat: number | null;
                                lon: number | null;
                                phone: string | null;
                                priority: string;
                                /** @description lead detail only: the name of each recipient its assignments, decision traces and timeline mention, by key (to a recipient holding the lead, only its own) */
                                recipientNames?: {
                                    [key: string]: string;
                                };
                                revenue: number;
                                score: number;
                                source: string;
                                /** @description the source's name (lead detail only) */
                                sourceName?: string;
                                stage: string;
                                state: string | null;
                                status: string;
                                tags: string[];
                                updatedAt: string;
                                zip: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's live offers, soonest to expire first, each with a teaser of its lead */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                expiresAt: string | null;
                                /** @description the assignment to accept or pass */
                                id: string;
                                lead: {
                                    category: string;
                                    city: string | null;
                                    fields: {
                                        [key: string]: (string | number | boolean) | null;
                                    };
                                    firstName: string | null;
                                    id: string;
                                    priority: string;
                                    /** Format: date-time */
                                    receivedAt: string;
                                    score: number;
                                    source: string;
                                    state: string | null;
                                    zip: string | null;
                                };
                                leadId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own figures over a period, beside the period of the same length before it
         * @description Only the caller's recipient, counted by when each lead reached it. Staff have no recipient of their own (403): their figures are the reports.
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                /** @description accepted ÷ received, 0 to 1; null: none received */
                                acceptanceRate: number | null;
                                /** @description leads it accepted, claimed or was sent */
                                accepted: number;
                                /** @description leads it accepted and contacted (a call logged or a contact stage) */
                                contacted: number;
                                from: string;
                                /** @description median speed to lead: from the lead reaching the recipient to its first contact */
                                medianSecondsToContact: number | null;
                                /** @description leads offered, sent or assigned to the caller's recipient */
                                received: number;
                                returned: number;
                                /** @description returned ÷ accepted, 0 to 1; null: none accepted */
                                returnRate: number | null;
                                to: string;
                                /** @description leads it accepted, won and kept */
                                won: number;
                            };
                            previous: {
                                /** @description accepted ÷ received, 0 to 1; null: none received */
                                acceptanceRate: number | null;
                                /** @description leads it accepted, claimed or was sent */
                                accepted: number;
                                /** @description leads it accepted and contacted (a call logged or a contact stage) */
                                contacted: number;
                                from: string;
                                /** @description median speed to lead: from the lead reaching the recipient to its first contact */
                                medianSecondsToContact: number | null;
                                /** @description leads offered, sent or assigned to the caller's recipient */
                                received: number;
                                returned: number;
                                /** @description returned ÷ accepted, 0 to 1; null: none accepted */
                                returnRate: number | null;
                                to: string;
                                /** @description leads it accepted, won and kept */
                                won: number;
                            };
                            recipient: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own return policy, what is left of this month's cap, and its returns
         * @description Only the caller's recipient. Staff have no recipient of their own (403): they read a recipient's policy at `/api/v1/recipients/{key}/return-policy`. The month is the calendar month in the recipient's time zone. Returns are newest first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 500; 100 */
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false for an agent: agents mark leads lost instead */
                            canReturn: boolean;
                            items: {
                                assignment: string;
                                at: string;
                                /** @description the price given back, in currency units */
                                credited: number;
                                leadId: string;
                                name: string;
                                reason: string;
                                status: "credited" | "accepted";
                            }[];
                            month: {
                                /** @description null: no monthly cap */
                                left: number | null;
                                start: string;
                                used: number;
                            };
                            policy: {
                                monthlyCap: number | null;
                                reasons: string[] | null;
                                windowDays: number;
                            };
                            recipient: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own leads received and what they were charged, per day or week (UTC), with totals
         * @description Only the caller's recipient: a buyer never sees another's deliveries or prices.
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    groupBy?: "day" | "week";
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            groupBy: "day" | "week";
                            periods: {
                                /** @description money charged for the leads not returned, in currency units */
                                charged: number;
                                /** @description leads received: accepted, claimed or sent */
                                leads: number;
                                returned: number;
                                start: string;
                            }[];
                            to: string;
                            totals: {
                                /** @description money charged for the leads not returned, in currency units */
                                charged: number;
                                /** @description leads received: accepted, claimed or sent */
                                leads: number;
                                returned: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's open follow-up tasks, soonest first
         * @description `due=now`: due already; `today`: due before the end of the day in the recipient's time zone; `all` (the default).
         */
        get: {
            parameters: {
                query?: {
                    due?: "now" | "today" | "all";
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                completedAt: string | null;
                                completedBy: string | null;
                                createdAt: string | null;
                                createdBy: string;
                                dueAt: string | null;
                                id: string;
                                leadId: string;
                                recipient: string | null;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link by email
         * @description Always 202, whether or not the address belongs to a user. When it does and SMTP_URL and CAROUSEL_PUBLIC_URL are set, a link to the web app's /reset/{token} page is emailed; it works once, for an hour.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password from a reset link and sign in
         * @description Every other session of the user ends. The token works once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 10 to 200 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the recipient the user acts for, so screens speak a buyer's or a partner's language */
                            actsFor: {
                                key: string;
                                kind: "agent" | "partner" | "buyer";
                                name: string;
                            } | null;
                            /** @description send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
                            csrfToken: string;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: "admin" | "manager" | "agent" | "partner";
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads the caller may claim now, highest score first, then oldest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                city: string | null;
                                fields: {
                                    [key: string]: (string | number | boolean) | null;
                                };
                                firstName: string | null;
                                id: string;
                                poolUntil: string | null;
                                priority: string;
                                receivedAt: string;
                                score: number;
                                source: string;
                                state: string | null;
                                zip: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/{leadId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a pooled lead; exactly one of simultaneous claims wins, the others get 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            leadId: string;
                            method: string | null;
                            mode: string | null;
                            planVersion: number | null;
                            price: number | null;
                            recipient: string;
                            status: string;
                            tier: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recipients, optionally of one category */
        get: {
            parameters: {
                query?: {
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                awayPeriods: {
                                    from: string;
                                    to: string;
                                }[];
                                awayReason: string | null;
                                budget: number | null;
                                capacity: number | null;
                                /** @description as set, or null: no caps */
                                caps: unknown;
                                categories: string[];
                                createdAt: string;
                                /** @description the delivery settings as set; a receiver's credentials show as { type, redacted: true } */
                                delivery: unknown;
                                exclusive: boolean;
                                filters: unknown[];
                                key: string;
                                kind: string;
                                name: string;
                                /** @description money per lead, or { default, rules }, or null */
                                price: unknown;
                                priority: number;
                                /** @description as set, or null: always */
                                schedule: unknown;
                                slaSeconds: number | null;
                                status: string;
                                tags: string[];
                                /** @description as set, or null: anywhere */
                                territory: unknown;
                                updatedAt: string;
                                weight: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an agent, partner or buyer with its territory, filters, caps, schedule and price */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awayPeriods?: {
                            from: string;
                            to: string;
                        }[];
                        /** @description why the recipient is away (busy, lunch, meeting, off_shift, other); kept while it is away */
                        awayReason?: "busy" | "lunch" | "meeting" | "off_shift" | "other";
                        /** @description money per month of its time zone */
                        budget?: number;
                        capacity?: number;
                        caps?: {
                            day?: number;
                            hour?: number;
                            month?: number;
                            week?: number;
                        };
                        categories: string[];
                        delivery?: {
                            auth?: {
                                password: string;
                                /** @enum {string} */
                                type: "basic";
                                username: string;
                            } | {
                                token: string;
                                /** @enum {string} */
                                type: "bearer";
                            };
                            cc?: string;
                            channel: "http" | "email" | "none";
                            fields?: {
                                from?: string;
                                name: string;
                                template?: string;
                                value?: string | number | boolean;
                            }[];
                            format?: "json" | "xml" | "form";
                            from?: string;
                            headers?: {
                                [key: string]: string;
                            };
                            html?: string;
                            maxAttempts?: number;
                            method?: "POST" | "GET" | "PUT";
                            ping?: {
                                format?: "json" | "xml" | "form";
                                headers?: {
                                    [key: string]: string;
                                };
                                price?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                url: string;
                            };
                            read?: {
                                externalId?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                price?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                            };
                            reject?: {
                                body?: {
                                    equals?: string | number | boolean;
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                reasonPath?: string;
                                status?: number[];
                            };
                            subject?: string;
                            success?: {
                                body?: {
                                    equals?: string | number | boolean;
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                status?: number[];
                            };
                            text?: string;
                            timeoutSeconds?: number;
                            to?: string;
                            url?: string;
                        };
                        exclusive?: boolean;
                        filters?: {
                            field: string;
                            op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                            value?: string | number | boolean | (string | number)[];
                        }[];
                        /** @description lower-case letters, digits, - and _ */
                        key: string;
                        kind: "agent" | "partner" | "buyer";
                        name: string;
                        price?: number | {
                            default: number;
                            rules: {
                                price: number;
                                when: {
                                    field: string;
                                    op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                                    value?: string | number | boolean | (string | number)[];
                                }[];
                            }[];
                        };
                        priority?: number;
                        schedule?: {
                            hours: {
                                fri?: [
                                    string,
                                    string
                                ][];
                                mon?: [
                                    string,
                                    string
                                ][];
                                sat?: [
                                    string,
                                    string
                                ][];
                                sun?: [
                                    string,
                                    string
                                ][];
                                thu?: [
                                    string,
                                    string
                                ][];
                                tue?: [
                                    string,
                                    string
                                ][];
                                wed?: [
                                    string,
                                    string
                                ][];
                            };
                            timezone: string;
                        };
                        slaSeconds?: number;
                        status?: "available" | "away";
                        tags?: string[];
                        territory?: {
                            radius?: {
                                lat?: number;
                                lon?: number;
                                miles: number;
                                zip?: string;
                            };
                            states?: string[];
                            zipPrefixes?: string[];
                            zips?: string[];
                        };
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayPeriods: {
                                from: string;
                                to: string;
                            }[];
                            awayReason: string | null;
                            budget: number | null;
                            capacity: number | null;
                            /** @description as set, or null: no caps */
                            caps: unknown;
                            categories: string[];
                            createdAt: string;
                            /** @description the delivery settings as set; a receiver's credentials show as { type, redacted: true } */
                            delivery: unknown;
                            exclusive: boolean;
                            filters: unknown[];
                            key: string;
                            kind: string;
                            name: string;
                            /** @description money per lead, or { default, rules }, or null */
                            price: unknown;
                            priority: number;
                            /** @description as set, or null: always */
                            schedule: unknown;
                            slaSeconds: number | null;
                            status: string;
                            tags: string[];
                            /** @description as set, or null: anywhere */
                            territory: unknown;
                            updatedAt: string;
                            weight: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recipient */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayPeriods: {
                                from: string;
                                to: string;
                            }[];
                            awayReason: string | null;
                            budget: number | null;
                            capacity: number | null;
                            /** @description as set, or null: no caps */
                            caps: unknown;
                            categories: string[];
                            createdAt: string;
                            /** @description the delivery settings as set; a receiver's credentials show as { type, redacted: true } */
                            delivery: unknown;
                            deliveryPause?: {
                                by: string | null;
                                byUserId: string | null;
                                since: string;
                                /** @description deliveries held back */
                                waiting: number;
                            } | null;
                            exclusive: boolean;
                            filters: unknown[];
                            key: string;
                            kind: string;
                            name: string;
                            /** @description money per lead, or { default, rules }, or null */
                            price: unknown;
                            priority: number;
                            /** @description as set, or null: always */
                            schedule: unknown;
                            slaSeconds: number | null;
                            status: string;
                            tags: string[];
                            /** @description as set, or null: anywhere */
                            territory: unknown;
                            updatedAt: string;
                            weight: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a recipient; its own user may change its status, schedule and away periods */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awayPeriods?: {
                            from: string;
                            to: string;
                        }[];
                        /** @description why the recipient is away (busy, lunch, meeting, off_shift, other); kept while it is away */
                        awayReason?: "busy" | "lunch" | "meeting" | "off_shift" | "other";
                        budget?: number | null;
                        capacity?: number | null;
                        caps?: {
                            day?: number;
                            hour?: number;
                            month?: number;
                            week?: number;
                        } | null;
                        categories?: string[];
                        delivery?: {
                            auth?: {
                                password: string;
                                /** @enum {string} */
                                type: "basic";
                                username: string;
                            } | {
                                token: string;
                                /** @enum {string} */
                                type: "bearer";
                            };
                            cc?: string;
                            channel: "http" | "email" | "none";
                            fields?: {
                                from?: string;
                                name: string;
                                template?: string;
                                value?: string | number | boolean;
                            }[];
                            format?: "json" | "xml" | "form";
                            from?: string;
                            headers?: {
                                [key: string]: string;
                            };
                            html?: string;
                            maxAttempts?: number;
                            method?: "POST" | "GET" | "PUT";
                            ping?: {
                                format?: "json" | "xml" | "form";
                                headers?: {
                                    [key: string]: string;
                                };
                                price?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                url: string;
                            };
                            read?: {
                                externalId?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                price?: {
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                            };
                            reject?: {
                                body?: {
                                    equals?: string | number | boolean;
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                reasonPath?: string;
                                status?: number[];
                            };
                            subject?: string;
                            success?: {
                                body?: {
                                    equals?: string | number | boolean;
                                    jsonPath?: string;
                                    /** Format: regex */
                                    regex?: string;
                                };
                                status?: number[];
                            };
                            text?: string;
                            timeoutSeconds?: number;
                            to?: string;
                            url?: string;
                        } | null;
                        exclusive?: boolean;
                        filters?: {
                            field: string;
                            op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                            value?: string | number | boolean | (string | number)[];
                        }[];
                        name?: string;
                        price?: (number | {
                            default: number;
                            rules: {
                                price: number;
                                when: {
                                    field: string;
                                    op: "eq" | "neq" | "in" | "gte" | "lte" | "exists";
                                    value?: string | number | boolean | (string | number)[];
                                }[];
                            }[];
                        }) | null;
                        priority?: number;
                        schedule?: {
                            hours: {
                                fri?: [
                                    string,
                                    string
                                ][];
                                mon?: [
                                    string,
                                    string
                                ][];
                                sat?: [
                                    string,
                                    string
                                ][];
                                sun?: [
                                    string,
                                    string
                                ][];
                                thu?: [
                                    string,
                                    string
                                ][];
                                tue?: [
                                    string,
                                    string
                                ][];
                                wed?: [
                                    string,
                                    string
                                ][];
                            };
                            timezone: string;
                        } | null;
                        slaSeconds?: number | null;
                        status?: "available" | "away";
                        tags?: string[];
                        territory?: {
                            radius?: {
                                lat?: number;
                                lon?: number;
                                miles: number;
                                zip?: string;
                            };
                            states?: string[];
                            zipPrefixes?: string[];
                            zips?: string[];
                        } | null;
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayPeriods: {
                                from: string;
                                to: string;
                            }[];
                            awayReason: string | null;
                            budget: number | null;
                            capacity: number | null;
                            /** @description as set, or null: no caps */
                            caps: unknown;
                            categories: string[];
                            createdAt: string;
                            /** @description the delivery settings as set; a receiver's credentials show as { type, redacted: true } */
                            delivery: unknown;
                            exclusive: boolean;
                            filters: unknown[];
                            key: string;
                            kind: string;
                            name: string;
                            /** @description money per lead, or { default, rules }, or null */
                            price: unknown;
                            priority: number;
                            /** @description as set, or null: always */
                            schedule: unknown;
                            slaSeconds: number | null;
                            status: string;
                            tags: string[];
                            /** @description as set, or null: anywhere */
                            territory: unknown;
                            updatedAt: string;
                            weight: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/recipients/{key}/delivery/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold the recipient's deliveries back; they wait and are sent after resume */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            paused: boolean;
                            pausedAt: string | null;
                            recipient: string;
                            /** @description deliveries held back */
                            waiting: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}/delivery/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the recipient's deliveries again, those that waited first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            paused: boolean;
                            pausedAt: string | null;
                            recipient: string;
                            /** @description deliveries held back */
                            waiting: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}/delivery/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a sample lead to the recipient's channel now; returns the request and the response
         * @description Nothing is stored. `fields` replace or add fields of the sample lead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields?: {
                            [key: string]: string | number | boolean;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            externalId: string | null;
                            idempotencyKey: string;
                            outcome: string;
                            price: number | null;
                            reason: string | null;
                            request: {
                                body: string;
                                headers: {
                                    [key: string]: string;
                                };
                                /** @description the HTML part of an email */
                                html?: string;
                                method: string;
                                url: string;
                            };
                            response: {
                                body: string;
                                durationMs: number;
                                error: string | null;
                                headers: {
                                    [key: string]: string;
                                };
                                status: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}/postback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recipient's signed postback URL, for its system to report outcomes; staff or its own users
         * @description Give it to the buyer once: its system calls it with `lead`, `outcome` and `amount` or `reason` for any lead it was given. The URL carries its own authority, so keep it as secret as a token.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a sold lead reported with GET */
                            example: string;
                            /** @description the URL, without its query string */
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a recipient for good: it receives nothing more, and keeps its history
         * @description Its status becomes `retired`: routing passes it over, it leaves every pool, and offers it holds open are withdrawn and offered to the next candidate. The leads it holds stay with it; it, its assignments and its users can still be read. A retired recipient changes no more (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayPeriods: {
                                from: string;
                                to: string;
                            }[];
                            awayReason: string | null;
                            budget: number | null;
                            capacity: number | null;
                            /** @description as set, or null: no caps */
                            caps: unknown;
                            categories: string[];
                            createdAt: string;
                            /** @description the delivery settings as set; a receiver's credentials show as { type, redacted: true } */
                            delivery: unknown;
                            exclusive: boolean;
                            filters: unknown[];
                            key: string;
                            kind: string;
                            name: string;
                            /** @description money per lead, or { default, rules }, or null */
                            price: unknown;
                            priority: number;
                            /** @description as set, or null: always */
                            schedule: unknown;
                            slaSeconds: number | null;
                            status: string;
                            tags: string[];
                            /** @description as set, or null: anywhere */
                            territory: unknown;
                            updatedAt: string;
                            weight: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{key}/return-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recipient's return policy (default: 7 days, no cap); staff or its own users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description most returns per calendar month in the recipient's time zone; null: no cap */
                            monthlyCap?: number | null;
                            /** @description the reasons a return may give, e.g. wrong number; null or left out: any reason */
                            reasons?: string[] | null;
                            /** @description days after assignment */
                            windowDays: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /** Set how long after assignment a recipient may return a lead, how many a month, and for which reasons */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description most returns per calendar month in the recipient's time zone; null: no cap */
                        monthlyCap?: number | null;
                        /** @description the reasons a return may give, e.g. wrong number; null or left out: any reason */
                        reasons?: string[] | null;
                        /** @description days after assignment */
                        windowDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description most returns per calendar month in the recipient's time zone; null: no cap */
                            monthlyCap?: number | null;
                            /** @description the reasons a return may give, e.g. wrong number; null or left out: any reason */
                            reasons?: string[] | null;
                            /** @description days after assignment */
                            windowDays: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Received → assigned → accepted → contacted → qualified → won, per group
         * @description Over the leads received in [from, to) (default: the last 30 days). Each step counts the leads that reached it and every step before it (qualified: a stage named qualified, or won; won: a won stage or a buyer's sold outcome), with its conversion from the step before and the leads that dropped out there.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: the rows as a CSV file */
                    format?: "json" | "csv";
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category */
                    groupBy?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                    /** @description IANA time zone of the periods grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, or with format=csv its rows as UTF-8 CSV, header first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            groupBy: string | null;
                            groups: {
                                key: string | null;
                                steps: {
                                    /** @description leads ÷ the step before's */
                                    conversion: number | null;
                                    /** @description leads of the step before that went no further */
                                    dropped: number;
                                    /** @description leads that reached this step and every step before it */
                                    leads: number;
                                    ofReceived: number | null;
                                    step: "received" | "assigned" | "accepted" | "contacted" | "qualified" | "won";
                                }[];
                            }[];
                            /** Format: date-time */
                            to: string;
                            total: {
                                key: string | null;
                                steps: {
                                    /** @description leads ÷ the step before's */
                                    conversion: number | null;
                                    /** @description leads of the step before that went no further */
                                    dropped: number;
                                    /** @description leads that reached this step and every step before it */
                                    leads: number;
                                    ofReceived: number | null;
                                    step: "received" | "assigned" | "accepted" | "contacted" | "qualified" | "won";
                                }[];
                            };
                            tz: string;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts, money and rates of the leads received, per group
         * @description Over the leads received in [from, to) (default: the last 30 days). For a lead seller the margin is sales − credited − cost, for a company's own use revenue − cost; both count in margin. Duplicates and refusals are counted by the quarter hour they arrived in, by period, source and category; grouped otherwise they show in the total only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: the rows as a CSV file */
                    format?: "json" | "csv";
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category */
                    groupBy?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                    /** @description IANA time zone of the periods grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, or with format=csv its rows as UTF-8 CSV, header first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            groupBy: string | null;
                            groups: {
                                /** @description accepted ÷ assigned */
                                acceptanceRate: number | null;
                                accepted: number;
                                assigned: number;
                                contacted: number;
                                /** @description contacted ÷ received */
                                contactRate: number | null;
                                /** @description what the leads cost */
                                cost: number;
                                costPerWon: number | null;
                                /** @description what returns credited back to buyers */
                                credited: number;
                                /** @description submissions found duplicates (null when grouped by something they have no value of) */
                                duplicate: number | null;
                                /** @description submissions refused at intake */
                                invalid: number | null;
                                key: string | null;
                                lost: number;
                                /** @description revenue + sales − credited − cost */
                                margin: number;
                                marginPerLead: number | null;
                                qualified: number;
                                received: number;
                                /** @description returned by a recipient or reported bad by a buyer */
                                returned: number;
                                /** @description returned ÷ accepted */
                                returnRate: number | null;
                                /** @description revenue of leads in a won stage */
                                revenue: number;
                                revenuePerLead: number | null;
                                /** @description margin ÷ cost */
                                roi: number | null;
                                /** @description what buyers pay (a sold outcome's amount replaces the price) */
                                sales: number;
                                /** @description waiting for a recipient now */
                                unassigned: number;
                                /** @description won ÷ received */
                                winRate: number | null;
                                won: number;
                            }[];
                            /** Format: date-time */
                            to: string;
                            total: {
                                /** @description accepted ÷ assigned */
                                acceptanceRate: number | null;
                                accepted: number;
                                assigned: number;
                                contacted: number;
                                /** @description contacted ÷ received */
                                contactRate: number | null;
                                /** @description what the leads cost */
                                cost: number;
                                costPerWon: number | null;
                                /** @description what returns credited back to buyers */
                                credited: number;
                                /** @description submissions found duplicates (null when grouped by something they have no value of) */
                                duplicate: number | null;
                                /** @description submissions refused at intake */
                                invalid: number | null;
                                key: string | null;
                                lost: number;
                                /** @description revenue + sales − credited − cost */
                                margin: number;
                                marginPerLead: number | null;
                                qualified: number;
                                received: number;
                                /** @description returned by a recipient or reported bad by a buyer */
                                returned: number;
                                /** @description returned ÷ accepted */
                                returnRate: number | null;
                                /** @description revenue of leads in a won stage */
                                revenue: number;
                                revenuePerLead: number | null;
                                /** @description margin ÷ cost */
                                roi: number | null;
                                /** @description what buyers pay (a sold outcome's amount replaces the price) */
                                sales: number;
                                /** @description waiting for a recipient now */
                                unassigned: number;
                                /** @description won ÷ received */
                                winRate: number | null;
                                won: number;
                            };
                            tz: string;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lost leads by the reason given, returned leads by the return's reason, per group
         * @description Over the leads received in [from, to). A lead reported bad by a buyer counts as returned, with the outcome's reason; the most frequent reasons come first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: the rows as a CSV file */
                    format?: "json" | "csv";
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category */
                    groupBy?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                    /** @description IANA time zone of the periods grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, or with format=csv its rows as UTF-8 CSV, header first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            groupBy: string | null;
                            groups: {
                                key: string | null;
                                lost: {
                                    leads: number;
                                    reason: string | null;
                                }[];
                                returned: {
                                    leads: number;
                                    reason: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            to: string;
                            total: {
                                key: string | null;
                                lost: {
                                    leads: number;
                                    reason: string | null;
                                }[];
                                returned: {
                                    leads: number;
                                    reason: string | null;
                                }[];
                            };
                            tz: string;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/recalibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per source: what its leads returned against what they cost, and whether to spend more, hold, spend less or pause
         * @description Over the leads created in the last `windowDays` (default 90). Each recommendation carries the rule that fired and its figures; rates and margin per lead are shrunk toward the category's average (`priorStrength` leads, default 50). The rules, first that holds: fewer than `rules.minLeads` leads → hold; shrunk return rate ≥ `pauseReturnRate`, or margin per lead < 0 with ROI ≤ `pauseRoi` → pause; margin per lead < 0 or quality < `lowScore` → spend less; ROI ≥ `spendMoreRoi` with quality ≥ 50 → spend more; else hold. `format=csv` answers the items as CSV.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    /** @description how many leads the category's average weighs in a source's shrunk rates, 0 to 10000 (default 50) */
                    priorStrength?: string;
                    /** @description days back from now, 1 to 730 (default 90) */
                    windowDays?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            items: {
                                category: string;
                                evidence: {
                                    cost: number;
                                    leads: number;
                                    /** @description revenue + sales − cost */
                                    margin: number;
                                    /** @description shrunk toward the category's */
                                    marginPerLead: number;
                                    /** @description shrunk toward the category's, 0–1 */
                                    returnRate: number;
                                    revenue: number;
                                    /** @description margin / cost; null when the leads cost nothing */
                                    roi: number | null;
                                    sales: number;
                                    /** @description the source's quality, 0–100, 50 the category's average */
                                    score: number;
                                };
                                recommendation: "spend_more" | "hold" | "spend_less" | "pause";
                                /** @description the rule that fired, with the thresholds it compared against */
                                rule: string;
                                source: string;
                            }[];
                            priorStrength: number;
                            rules: {
                                lowScore: number;
                                minLeads: number;
                                pauseReturnRate: number;
                                pauseRoi: number;
                                spendMoreRoi: number;
                            };
                            to: string;
                            windowDays: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                        "text/csv": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per recipient: offers, leads taken, response time, and share against intended share
         * @description Over the offers and assignments made in [from, to). gini is the Gini figure of the leads taken per unit of weight: 0 when each recipient got exactly its intended share. groupBy does not apply.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: the rows as a CSV file */
                    format?: "json" | "csv";
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category */
                    groupBy?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                    /** @description IANA time zone of the periods grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, or with format=csv its rows as UTF-8 CSV, header first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            gini: number | null;
                            groupBy: string | null;
                            recipients: {
                                acceptanceRate: number | null;
                                /** @description its weight's share of the weights of the recipients listed */
                                intendedShare: number | null;
                                medianResponseSeconds: number | null;
                                name: string | null;
                                /** @description offers, pool claims and assignments made to it */
                                offered: number;
                                p90ResponseSeconds: number | null;
                                recipient: string;
                                /** @description its share of the leads taken */
                                share: number | null;
                                /** @description those it accepted, claimed, was sent or assigned */
                                taken: number;
                            }[];
                            /** Format: date-time */
                            to: string;
                            tz: string;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/speed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Speed to lead: median and 90th percentile, and the share contacted within each limit
         * @description Over the leads received in [from, to): whole seconds from receipt to the first contact (a call, a contact stage or a buyer's contacted outcome), percentiles by nearest rank over the leads contacted.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: the rows as a CSV file */
                    format?: "json" | "csv";
                    /** @description ISO date; default 30 days before `to` */
                    from?: string;
                    /** @description hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category */
                    groupBy?: string;
                    /** @description ISO date, exclusive; default now */
                    to?: string;
                    /** @description IANA time zone of the periods grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, or with format=csv its rows as UTF-8 CSV, header first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            groupBy: string | null;
                            groups: {
                                contacted: number;
                                key: string | null;
                                medianSeconds: number | null;
                                /** @description share of the leads received never contacted */
                                never: number | null;
                                p90Seconds: number | null;
                                received: number;
                                /** @description share of the leads received first contacted in under 1, 5 and 30 minutes, 1 hour, 1 day */
                                within: {
                                    day1: number | null;
                                    hour1: number | null;
                                    minute1: number | null;
                                    minutes5: number | null;
                                    minutes30: number | null;
                                };
                            }[];
                            /** Format: date-time */
                            to: string;
                            total: {
                                contacted: number;
                                key: string | null;
                                medianSeconds: number | null;
                                /** @description share of the leads received never contacted */
                                never: number | null;
                                p90Seconds: number | null;
                                received: number;
                                /** @description share of the leads received first contacted in under 1, 5 and 30 minutes, 1 hour, 1 day */
                                within: {
                                    day1: number | null;
                                    hour1: number | null;
                                    minute1: number | null;
                                    minutes5: number | null;
                                    minutes30: number | null;
                                };
                            };
                            tz: string;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leads, accepted, contacted, won, revenue, cost, margin and speed to lead, per group
         * @description Over the leads created in [from, to) (default: the last 30 days). revenue is the revenue of won leads, cost what the leads cost, margin = revenue − cost, sales what recipients pay for the leads they hold. Speed to lead is in seconds from receipt to the first accept (or claim, or assignment) and to the first contact. Grouped by recipient, a lead counts for every recipient that held it; leads without one have key null. By hour, each key is the hour's wall-clock start in tz with its offset (2026-03-08T01:00-06:00); by day with tz, the local date (without tz, days are UTC dates).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date or date-time, inclusive */
                    from?: string;
                    groupBy?: "day" | "hour" | "source" | "category" | "recipient" | "state";
                    /** @description ISO date or date-time, exclusive */
                    to?: string;
                    /** @description IANA time zone of the hours and days grouped by (default UTC) */
                    tz?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            groupBy: string | null;
                            groups: {
                                accepted: number;
                                /** @description leads offered, pooled or assigned to anyone */
                                assigned: number;
                                contacted: number;
                                /** @description leads first contacted within 5 minutes of their receipt */
                                contactedWithin5Minutes: number;
                                cost: number;
                                key: string | null;
                                leads: number;
                                margin: number;
                                medianSecondsToAccept: number | null;
                                medianSecondsToContact: number | null;
                                p90SecondsToAccept: number | null;
                                p90SecondsToContact: number | null;
                                /** @description leads moved to a stage named qualified, or won */
                                qualified: number;
                                revenue: number;
                                sales: number;
                                won: number;
                            }[];
                            to: string;
                            total: {
                                accepted: number;
                                /** @description leads offered, pooled or assigned to anyone */
                                assigned: number;
                                contacted: number;
                                /** @description leads first contacted within 5 minutes of their receipt */
                                contactedWithin5Minutes: number;
                                cost: number;
                                key: string | null;
                                leads: number;
                                margin: number;
                                medianSecondsToAccept: number | null;
                                medianSecondsToContact: number | null;
                                p90SecondsToAccept: number | null;
                                p90SecondsToContact: number | null;
                                /** @description leads moved to a stage named qualified, or won */
                                qualified: number;
                                revenue: number;
                                sales: number;
                                won: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The nurture sequences, each at its current version
         * @description Each with `enrolled`, the enrolments it has had (a lead enrolled again counts again), and `active`, those still running.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description enrolments still running */
                                active: number;
                                createdAt: string;
                                dailyLimit: number | null;
                                /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                                enroll: {
                                    categories?: string[];
                                    priorities?: string[];
                                    reenroll?: "never" | "after_end";
                                    reenrollAfterDays?: number;
                                    scoreMax?: number;
                                    scoreMin?: number;
                                    sources?: string[];
                                    stages?: string[];
                                    tags?: string[];
                                };
                                /** @description enrolments in all, ended or not */
                                enrolled: number;
                                /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                                exit: {
                                    reply?: boolean;
                                    stages?: string[];
                                };
                                key: string;
                                name: string;
                                steps: ({
                                    id?: string;
                                    seconds: number;
                                    /** @enum {string} */
                                    type: "wait";
                                } | {
                                    id?: string;
                                    /** @enum {string} */
                                    type: "wait";
                                    /** @description HH:MM */
                                    until: string;
                                } | {
                                    id?: string;
                                    /** @description lower-case letters, digits, - and _ */
                                    template: string;
                                    /** @enum {string} */
                                    type: "email";
                                } | {
                                    else?: string;
                                    id?: string;
                                    if: {
                                        equals?: string | number | boolean;
                                        field: string;
                                        in?: (string | number)[];
                                    } | {
                                        score: {
                                            max?: number;
                                            min?: number;
                                        };
                                    } | {
                                        priority: string[];
                                    } | {
                                        stage: string[];
                                    } | {
                                        tag: string;
                                    } | {
                                        opened: string;
                                    } | {
                                        clicked: string;
                                    } | {
                                        /** @enum {boolean} */
                                        replied: true;
                                    };
                                    then: string;
                                    /** @enum {string} */
                                    type: "branch";
                                } | {
                                    addTag?: string;
                                    id?: string;
                                    removeTag?: string;
                                    score?: number;
                                    stage?: string;
                                    /** @enum {string} */
                                    type: "set";
                                } | {
                                    dueInMinutes?: number;
                                    id?: string;
                                    title: string;
                                    /** @enum {string} */
                                    type: "task";
                                } | {
                                    id?: string;
                                    /** @enum {string} */
                                    type: "webhook";
                                    url: string;
                                } | {
                                    gateway: {
                                        format: "form" | "json";
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        params: {
                                            [key: string]: string;
                                        };
                                        url: string;
                                    };
                                    id?: string;
                                    text: string;
                                    /** @enum {string} */
                                    type: "sms";
                                })[];
                                updatedAt: string;
                                version: number;
                                window: {
                                    days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                    /** @description HH:MM */
                                    from: string;
                                    timeZone?: string;
                                    /** @description HH:MM */
                                    to: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a nurture sequence
         * @description Steps run in order: `wait` (seconds, or `until` a time of day in the lead's time zone), `email` (a template), `branch` (to a later step id, or `end`, when a condition holds), `set` (stage, score, tags), `task` (for the lead's holder), `webhook` and `sms` (an HTTP gateway). A step's `id` (its position from 1 by default) names it for branches and for `opened`/`clicked` conditions. Emails and texts go out once each, inside `window`, within `dailyLimit` and the server's sending rate; an unsubscribe, bounce or exit rule stops the lead before its next step.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dailyLimit?: number | null;
                        /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                        enroll: {
                            categories?: string[];
                            priorities?: string[];
                            reenroll?: "never" | "after_end";
                            reenrollAfterDays?: number;
                            scoreMax?: number;
                            scoreMin?: number;
                            sources?: string[];
                            stages?: string[];
                            tags?: string[];
                        };
                        /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                        exit: {
                            reply?: boolean;
                            stages?: string[];
                        };
                        /** @description lower-case letters, digits, - and _ */
                        key: string;
                        name: string;
                        steps: ({
                            id?: string;
                            seconds: number;
                            /** @enum {string} */
                            type: "wait";
                        } | {
                            id?: string;
                            /** @enum {string} */
                            type: "wait";
                            /** @description HH:MM */
                            until: string;
                        } | {
                            id?: string;
                            /** @description lower-case letters, digits, - and _ */
                            template: string;
                            /** @enum {string} */
                            type: "email";
                        } | {
                            else?: string;
                            id?: string;
                            if: {
                                equals?: string | number | boolean;
                                field: string;
                                in?: (string | number)[];
                            } | {
                                score: {
                                    max?: number;
                                    min?: number;
                                };
                            } | {
                                priority: string[];
                            } | {
                                stage: string[];
                            } | {
                                tag: string;
                            } | {
                                opened: string;
                            } | {
                                clicked: string;
                            } | {
                                /** @enum {boolean} */
                                replied: true;
                            };
                            then: string;
                            /** @enum {string} */
                            type: "branch";
                        } | {
                            addTag?: string;
                            id?: string;
                            removeTag?: string;
                            score?: number;
                            stage?: string;
                            /** @enum {string} */
                            type: "set";
                        } | {
                            dueInMinutes?: number;
                            id?: string;
                            title: string;
                            /** @enum {string} */
                            type: "task";
                        } | {
                            id?: string;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        } | {
                            gateway: {
                                format: "form" | "json";
                                headers?: {
                                    [key: string]: string;
                                };
                                params: {
                                    [key: string]: string;
                                };
                                url: string;
                            };
                            id?: string;
                            text: string;
                            /** @enum {string} */
                            type: "sms";
                        })[];
                        window?: {
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description HH:MM */
                            from: string;
                            timeZone?: string;
                            /** @description HH:MM */
                            to: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dailyLimit: number | null;
                            /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                            enroll: {
                                categories?: string[];
                                priorities?: string[];
                                reenroll?: "never" | "after_end";
                                reenrollAfterDays?: number;
                                scoreMax?: number;
                                scoreMin?: number;
                                sources?: string[];
                                stages?: string[];
                                tags?: string[];
                            };
                            /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                            exit: {
                                reply?: boolean;
                                stages?: string[];
                            };
                            key: string;
                            name: string;
                            steps: ({
                                id?: string;
                                seconds: number;
                                /** @enum {string} */
                                type: "wait";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "wait";
                                /** @description HH:MM */
                                until: string;
                            } | {
                                id?: string;
                                /** @description lower-case letters, digits, - and _ */
                                template: string;
                                /** @enum {string} */
                                type: "email";
                            } | {
                                else?: string;
                                id?: string;
                                if: {
                                    equals?: string | number | boolean;
                                    field: string;
                                    in?: (string | number)[];
                                } | {
                                    score: {
                                        max?: number;
                                        min?: number;
                                    };
                                } | {
                                    priority: string[];
                                } | {
                                    stage: string[];
                                } | {
                                    tag: string;
                                } | {
                                    opened: string;
                                } | {
                                    clicked: string;
                                } | {
                                    /** @enum {boolean} */
                                    replied: true;
                                };
                                then: string;
                                /** @enum {string} */
                                type: "branch";
                            } | {
                                addTag?: string;
                                id?: string;
                                removeTag?: string;
                                score?: number;
                                stage?: string;
                                /** @enum {string} */
                                type: "set";
                            } | {
                                dueInMinutes?: number;
                                id?: string;
                                title: string;
                                /** @enum {string} */
                                type: "task";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "webhook";
                                url: string;
                            } | {
                                gateway: {
                                    format: "form" | "json";
                                    headers?: {
                                        [key: string]: string;
                                    };
                                    params: {
                                        [key: string]: string;
                                    };
                                    url: string;
                                };
                                id?: string;
                                text: string;
                                /** @enum {string} */
                                type: "sms";
                            })[];
                            updatedAt: string;
                            version: number;
                            window: {
                                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description HH:MM */
                                from: string;
                                timeZone?: string;
                                /** @description HH:MM */
                                to: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sequences/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A nurture sequence at its current version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dailyLimit: number | null;
                            /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                            enroll: {
                                categories?: string[];
                                priorities?: string[];
                                reenroll?: "never" | "after_end";
                                reenrollAfterDays?: number;
                                scoreMax?: number;
                                scoreMin?: number;
                                sources?: string[];
                                stages?: string[];
                                tags?: string[];
                            };
                            /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                            exit: {
                                reply?: boolean;
                                stages?: string[];
                            };
                            key: string;
                            name: string;
                            steps: ({
                                id?: string;
                                seconds: number;
                                /** @enum {string} */
                                type: "wait";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "wait";
                                /** @description HH:MM */
                                until: string;
                            } | {
                                id?: string;
                                /** @description lower-case letters, digits, - and _ */
                                template: string;
                                /** @enum {string} */
                                type: "email";
                            } | {
                                else?: string;
                                id?: string;
                                if: {
                                    equals?: string | number | boolean;
                                    field: string;
                                    in?: (string | number)[];
                                } | {
                                    score: {
                                        max?: number;
                                        min?: number;
                                    };
                                } | {
                                    priority: string[];
                                } | {
                                    stage: string[];
                                } | {
                                    tag: string;
                                } | {
                                    opened: string;
                                } | {
                                    clicked: string;
                                } | {
                                    /** @enum {boolean} */
                                    replied: true;
                                };
                                then: string;
                                /** @enum {string} */
                                type: "branch";
                            } | {
                                addTag?: string;
                                id?: string;
                                removeTag?: string;
                                score?: number;
                                stage?: string;
                                /** @enum {string} */
                                type: "set";
                            } | {
                                dueInMinutes?: number;
                                id?: string;
                                title: string;
                                /** @enum {string} */
                                type: "task";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "webhook";
                                url: string;
                            } | {
                                gateway: {
                                    format: "form" | "json";
                                    headers?: {
                                        [key: string]: string;
                                    };
                                    params: {
                                        [key: string]: string;
                                    };
                                    url: string;
                                };
                                id?: string;
                                text: string;
                                /** @enum {string} */
                                type: "sms";
                            })[];
                            updatedAt: string;
                            version: number;
                            window: {
                                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description HH:MM */
                                from: string;
                                timeZone?: string;
                                /** @description HH:MM */
                                to: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a nurture sequence: a new version
         * @description Leads enrolled from now on run the new version; leads already enrolled finish the version they started (their enrolment names it). `window: null` and `dailyLimit: null` remove them.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dailyLimit?: number | null;
                        /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                        enroll?: {
                            categories?: string[];
                            priorities?: string[];
                            reenroll?: "never" | "after_end";
                            reenrollAfterDays?: number;
                            scoreMax?: number;
                            scoreMin?: number;
                            sources?: string[];
                            stages?: string[];
                            tags?: string[];
                        };
                        /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                        exit?: {
                            reply?: boolean;
                            stages?: string[];
                        };
                        name?: string;
                        steps?: ({
                            id?: string;
                            seconds: number;
                            /** @enum {string} */
                            type: "wait";
                        } | {
                            id?: string;
                            /** @enum {string} */
                            type: "wait";
                            /** @description HH:MM */
                            until: string;
                        } | {
                            id?: string;
                            /** @description lower-case letters, digits, - and _ */
                            template: string;
                            /** @enum {string} */
                            type: "email";
                        } | {
                            else?: string;
                            id?: string;
                            if: {
                                equals?: string | number | boolean;
                                field: string;
                                in?: (string | number)[];
                            } | {
                                score: {
                                    max?: number;
                                    min?: number;
                                };
                            } | {
                                priority: string[];
                            } | {
                                stage: string[];
                            } | {
                                tag: string;
                            } | {
                                opened: string;
                            } | {
                                clicked: string;
                            } | {
                                /** @enum {boolean} */
                                replied: true;
                            };
                            then: string;
                            /** @enum {string} */
                            type: "branch";
                        } | {
                            addTag?: string;
                            id?: string;
                            removeTag?: string;
                            score?: number;
                            stage?: string;
                            /** @enum {string} */
                            type: "set";
                        } | {
                            dueInMinutes?: number;
                            id?: string;
                            title: string;
                            /** @enum {string} */
                            type: "task";
                        } | {
                            id?: string;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        } | {
                            gateway: {
                                format: "form" | "json";
                                headers?: {
                                    [key: string]: string;
                                };
                                params: {
                                    [key: string]: string;
                                };
                                url: string;
                            };
                            id?: string;
                            text: string;
                            /** @enum {string} */
                            type: "sms";
                        })[];
                        window?: {
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description HH:MM */
                            from: string;
                            timeZone?: string;
                            /** @description HH:MM */
                            to: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dailyLimit: number | null;
                            /** @description Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again. */
                            enroll: {
                                categories?: string[];
                                priorities?: string[];
                                reenroll?: "never" | "after_end";
                                reenrollAfterDays?: number;
                                scoreMax?: number;
                                scoreMin?: number;
                                sources?: string[];
                                stages?: string[];
                                tags?: string[];
                            };
                            /** @description A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment. */
                            exit: {
                                reply?: boolean;
                                stages?: string[];
                            };
                            key: string;
                            name: string;
                            steps: ({
                                id?: string;
                                seconds: number;
                                /** @enum {string} */
                                type: "wait";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "wait";
                                /** @description HH:MM */
                                until: string;
                            } | {
                                id?: string;
                                /** @description lower-case letters, digits, - and _ */
                                template: string;
                                /** @enum {string} */
                                type: "email";
                            } | {
                                else?: string;
                                id?: string;
                                if: {
                                    equals?: string | number | boolean;
                                    field: string;
                                    in?: (string | number)[];
                                } | {
                                    score: {
                                        max?: number;
                                        min?: number;
                                    };
                                } | {
                                    priority: string[];
                                } | {
                                    stage: string[];
                                } | {
                                    tag: string;
                                } | {
                                    opened: string;
                                } | {
                                    clicked: string;
                                } | {
                                    /** @enum {boolean} */
                                    replied: true;
                                };
                                then: string;
                                /** @enum {string} */
                                type: "branch";
                            } | {
                                addTag?: string;
                                id?: string;
                                removeTag?: string;
                                score?: number;
                                stage?: string;
                                /** @enum {string} */
                                type: "set";
                            } | {
                                dueInMinutes?: number;
                                id?: string;
                                title: string;
                                /** @enum {string} */
                                type: "task";
                            } | {
                                id?: string;
                                /** @enum {string} */
                                type: "webhook";
                                url: string;
                            } | {
                                gateway: {
                                    format: "form" | "json";
                                    headers?: {
                                        [key: string]: string;
                                    };
                                    params: {
                                        [key: string]: string;
                                    };
                                    url: string;
                                };
                                id?: string;
                                text: string;
                                /** @enum {string} */
                                type: "sms";
                            })[];
                            updatedAt: string;
                            version: number;
                            window: {
                                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description HH:MM */
                                from: string;
                                timeZone?: string;
                                /** @description HH:MM */
                                to: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sequences/{key}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The leads enrolled in a sequence, oldest enrolment first, with each one's name and next step */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    status?: "active" | "completed" | "exited";
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                endedAt: string | null;
                                enrolledAt: string;
                                enrolledBy: string;
                                exitReason: "stage" | "replied" | "unsubscribed" | "bounced" | "suppressed" | "removed" | "lead_gone" | null;
                                id: string;
                                leadId: string;
                                /** @description the lead's first and last name */
                                leadName: string | null;
                                /** @description when it is due */
                                nextAt: string | null;
                                /** @description the id of the step that runs next */
                                nextStep: string | null;
                                sequence: string;
                                status: "active" | "completed" | "exited";
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Enrol a lead by hand
         * @description Whatever the enrolment rules and re-enrolment policy say; 409 while the lead is in the sequence. Its first step is due at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leadId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endedAt: string | null;
                            enrolledAt: string;
                            enrolledBy: string;
                            exitReason: "stage" | "replied" | "unsubscribed" | "bounced" | "suppressed" | "removed" | "lead_gone" | null;
                            id: string;
                            leadId: string;
                            /** @description when it is due */
                            nextAt: string | null;
                            /** @description the id of the step that runs next */
                            nextStep: string | null;
                            sequence: string;
                            status: "active" | "completed" | "exited";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sequences/{key}/enrolments/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a lead out of a sequence by hand
         * @description Its active enrolment exits (`removed`); nothing more of the sequence is sent to it.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endedAt: string | null;
                            enrolledAt: string;
                            enrolledBy: string;
                            exitReason: "stage" | "replied" | "unsubscribed" | "bounced" | "suppressed" | "removed" | "lead_gone" | null;
                            id: string;
                            leadId: string;
                            /** @description when it is due */
                            nextAt: string | null;
                            /** @description the id of the step that runs next */
                            nextStep: string | null;
                            sequence: string;
                            status: "active" | "completed" | "exited";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sequences/{key}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a sequence's messages came to, in all, per step and per template
         * @description Opens, clicks and unsubscribes are counted from the lead events that name a message (`data.message`). Unique opens are inflated by mail privacy features that fetch every image.
         */
        get: {
            parameters: {
                query?: {
                    conversionDays?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversionDays: number;
                            /** @description enrolments whose lead was won within conversionDays */
                            converted: number;
                            enrolled: number;
                            sequence: string;
                            steps: {
                                /** @description refused for good (an SMTP 5xx): the address is suppressed */
                                bounces: number;
                                /** @description messages whose lead was won within conversionDays of enrolling */
                                conversions: number;
                                /** @description taken by it */
                                delivered: number;
                                replies: number;
                                /** @description handed to the mail server or gateway */
                                sent: number;
                                step: string;
                                uniqueClicks: number;
                                /** @description messages opened at least once; inflated by mail privacy features that load every image */
                                uniqueOpens: number;
                                unsubscribes: number;
                            }[];
                            templates: {
                                /** @description refused for good (an SMTP 5xx): the address is suppressed */
                                bounces: number;
                                /** @description messages whose lead was won within conversionDays of enrolling */
                                conversions: number;
                                /** @description taken by it */
                                delivered: number;
                                replies: number;
                                /** @description handed to the mail server or gateway */
                                sent: number;
                                template: string;
                                uniqueClicks: number;
                                /** @description messages opened at least once; inflated by mail privacy features that load every image */
                                uniqueOpens: number;
                                unsubscribes: number;
                            }[];
                            total: {
                                /** @description refused for good (an SMTP 5xx): the address is suppressed */
                                bounces: number;
                                /** @description messages whose lead was won within conversionDays of enrolling */
                                conversions: number;
                                /** @description taken by it */
                                delivered: number;
                                replies: number;
                                /** @description handed to the mail server or gateway */
                                sent: number;
                                uniqueClicks: number;
                                /** @description messages opened at least once; inflated by mail privacy features that load every image */
                                uniqueOpens: number;
                                unsubscribes: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the session's CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the recipient the user acts for, so screens speak a buyer's or a partner's language */
                            actsFor: {
                                key: string;
                                kind: "agent" | "partner" | "buyer";
                                name: string;
                            } | null;
                            /** @description send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
                            csrfToken: string;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: "admin" | "manager" | "agent" | "partner";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with email and password
         * @description Answers the user and sets the session cookie. Failed sign-ins are throttled per email and per client address (429 with Retry-After).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the recipient the user acts for, so screens speak a buyer's or a partner's language */
                            actsFor: {
                                key: string;
                                kind: "agent" | "partner" | "buyer";
                                name: string;
                            } | null;
                            /** @description send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
                            csrfToken: string;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: "admin" | "manager" | "agent" | "partner";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /**
         * Sign out: the session is revoked in the database and its cookie cleared
         * @description Needs the X-CSRF-Token header. Signing out of a session that has already ended answers 204 too.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who nurture emails come from, and the postal address their footer shows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            name: string;
                            postalAddress: string;
                            ready: boolean;
                            replyTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        /** Set who nurture emails come from and the postal address their footer shows */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        postalAddress: string;
                        replyTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            name: string;
                            postalAddress: string;
                            ready: boolean;
                            replyTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this server still needs its first admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true while no user exists: the first-run page should show */
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * First run: create the first admin and sign them in
         * @description Works only while no user exists, and only with the one-time setup code the server prints in its log at start. Of two setups at once exactly one succeeds; the other gets 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the setup code the server printed at start */
                        code: string;
                        email: string;
                        name: string;
                        /** @description 10 to 200 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the recipient the user acts for, so screens speak a buyer's or a partner's language */
                            actsFor: {
                                key: string;
                                kind: "agent" | "partner" | "buyer";
                                name: string;
                            } | null;
                            /** @description send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie */
                            csrfToken: string;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: "admin" | "manager" | "agent" | "partner";
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lead sources, each with its quality over a window
         * @description Each source's `quality`: contact, win and return rates and margin per lead of its leads created in the last `windowDays`, each rate also shrunk toward the category's average (beta-binomial, the category's average weighing as `priorStrength` leads), so a source with few leads is not judged on noise.
         */
        get: {
            parameters: {
                query?: {
                    /** @description how many leads the category's average weighs in a source's shrunk rates, 0 to 10000 (default 50) */
                    priorStrength?: string;
                    /** @description days back from now, 1 to 730 (default 90) */
                    windowDays?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attributes: {
                                    campaign?: string;
                                    utmCampaign?: string;
                                    utmContent?: string;
                                    utmMedium?: string;
                                    utmSource?: string;
                                    utmTerm?: string;
                                };
                                autoPause: {
                                    /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                    lastLeads: number;
                                    /** @description Percent: the source is paused when more of its last leads than this came back */
                                    maxReturnRate: number;
                                    /** @description No judgement on fewer leads than this; at most lastLeads */
                                    minLeads: number;
                                } | null;
                                category: string;
                                costPerLead: number;
                                createdAt: string;
                                enabled: boolean;
                                formUrl: string;
                                intakeKey: string;
                                key: string;
                                name: string;
                                paused: {
                                    at: string;
                                    leads: number;
                                    reason: string;
                                    returned: number;
                                    /** @description Percent */
                                    returnRate: number;
                                    rule: {
                                        /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                        lastLeads: number;
                                        /** @description Percent: the source is paused when more of its last leads than this came back */
                                        maxReturnRate: number;
                                        /** @description No judgement on fewer leads than this; at most lastLeads */
                                        minLeads: number;
                                    };
                                } | null;
                                /** @description What became of the source's leads created in the window; rates are fractions (0–1), money in dollars. A buyer's outcome counts: contacted or sold is a contact, sold a win, bad a return. */
                                quality: {
                                    contactRate: {
                                        categoryAverage: number;
                                        count: number;
                                        /** @description count / leads, null without leads */
                                        raw: number | null;
                                        /** @description (count + m·p̄) / (leads + m): m the prior strength, p̄ the category's */
                                        shrunk: number;
                                    };
                                    cost: number;
                                    leads: number;
                                    /** @description revenue + sales − cost */
                                    margin: number;
                                    marginPerLead: {
                                        categoryAverage: number;
                                        raw: number | null;
                                        shrunk: number;
                                    };
                                    priorStrength: number;
                                    returnRate: {
                                        categoryAverage: number;
                                        count: number;
                                        /** @description count / leads, null without leads */
                                        raw: number | null;
                                        /** @description (count + m·p̄) / (leads + m): m the prior strength, p̄ the category's */
                                        shrunk: number;
                                    };
                                    revenue: number;
                                    sales: number;
                                    /** @description 50 is the category's average: 50 × the geometric mean of the shrunk contact, win and keep (1 − return) rates, each over the category's; rule conditions read it as source.quality */
                                    score: number;
                                    windowDays: number;
                                    winRate: {
                                        categoryAverage: number;
                                        count: number;
                                        /** @description count / leads, null without leads */
                                        raw: number | null;
                                        /** @description (count + m·p̄) / (leads + m): m the prior strength, p̄ the category's */
                                        shrunk: number;
                                    };
                                };
                                /** @description leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT) */
                                rateLimitPerMinute: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a lead source; the answer carries its intake key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            campaign?: string;
                            utmCampaign?: string;
                            utmContent?: string;
                            utmMedium?: string;
                            utmSource?: string;
                            utmTerm?: string;
                        };
                        category: string;
                        costPerLead?: number;
                        enabled?: boolean;
                        /** @description lower-case letters, digits, - and _ */
                        key: string;
                        name: string;
                        /** @description leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT) */
                        rateLimitPerMinute?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                campaign?: string;
                                utmCampaign?: string;
                                utmContent?: string;
                                utmMedium?: string;
                                utmSource?: string;
                                utmTerm?: string;
                            };
                            autoPause: {
                                /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                lastLeads: number;
                                /** @description Percent: the source is paused when more of its last leads than this came back */
                                maxReturnRate: number;
                                /** @description No judgement on fewer leads than this; at most lastLeads */
                                minLeads: number;
                            } | null;
                            category: string;
                            costPerLead: number;
                            createdAt: string;
                            enabled: boolean;
                            formUrl: string;
                            intakeKey: string;
                            key: string;
                            name: string;
                            paused: {
                                at: string;
                                leads: number;
                                reason: string;
                                returned: number;
                                /** @description Percent */
                                returnRate: number;
                                rule: {
                                    /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                    lastLeads: number;
                                    /** @description Percent: the source is paused when more of its last leads than this came back */
                                    maxReturnRate: number;
                                    /** @description No judgement on fewer leads than this; at most lastLeads */
                                    minLeads: number;
                                };
                            } | null;
                            /** @description leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT) */
                            rateLimitPerMinute: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a source, change its cost per lead, attributes, rate limit or auto-pause rule, or disable or resume it
         * @description `autoPause` pauses the source (disables it, with the reason in `paused`, an audit entry, the `source_paused` webhook event and an email to the admins) when more than `maxReturnRate` percent of its last `lastLeads` leads came back (returned, or said bad by a buyer), judged from `minLeads` leads (by default `lastLeads`); null removes it. `enabled: true` resumes a disabled source: the reason is cleared and the rule counts only the leads that come after.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            campaign?: string;
                            utmCampaign?: string;
                            utmContent?: string;
                            utmMedium?: string;
                            utmSource?: string;
                            utmTerm?: string;
                        };
                        autoPause?: {
                            /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                            lastLeads: number;
                            /** @description Percent: the source is paused when more of its last leads than this came back */
                            maxReturnRate: number;
                            /** @description No judgement on fewer leads than this; at most lastLeads */
                            minLeads?: number;
                        } | null;
                        costPerLead?: number;
                        enabled?: boolean;
                        name?: string;
                        /** @description leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT) */
                        rateLimitPerMinute?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                campaign?: string;
                                utmCampaign?: string;
                                utmContent?: string;
                                utmMedium?: string;
                                utmSource?: string;
                                utmTerm?: string;
                            };
                            autoPause: {
                                /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                lastLeads: number;
                                /** @description Percent: the source is paused when more of its last leads than this came back */
                                maxReturnRate: number;
                                /** @description No judgement on fewer leads than this; at most lastLeads */
                                minLeads: number;
                            } | null;
                            category: string;
                            costPerLead: number;
                            createdAt: string;
                            enabled: boolean;
                            formUrl: string;
                            intakeKey: string;
                            key: string;
                            name: string;
                            paused: {
                                at: string;
                                leads: number;
                                reason: string;
                                returned: number;
                                /** @description Percent */
                                returnRate: number;
                                rule: {
                                    /** @description How many of its latest leads (since it was last resumed) the rate is taken over */
                                    lastLeads: number;
                                    /** @description Percent: the source is paused when more of its last leads than this came back */
                                    maxReturnRate: number;
                                    /** @description No judgement on fewer leads than this; at most lastLeads */
                                    minLeads: number;
                                };
                            } | null;
                            /** @description leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT) */
                            rateLimitPerMinute: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sources/{key}/embed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How to put the source's lead form on a site: its page, a script tag and a plain HTML form
         * @description All three carry the source's intake key and the category's fields as they are now; the page and the script follow later changes of the fields, the pasted HTML does not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the form's own page, to link to or show in an iframe */
                            formUrl: string;
                            /** @description a plain HTML `<form>` to paste into a page; it posts to the intake */
                            html: string;
                            /** @description the `<script>` tag to paste into a page */
                            script: string;
                            /** @description the script that renders the form into a host page */
                            scriptUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates as Server-Sent Events
         * @description One event per lead change the caller may see, as the API decides it: staff see every lead, and `counters` (held, offered, pooled, unassigned, dead deliveries) when they change; an agent or partner sees offers to it, its pool, and the leads it holds or held, with ids and state only (fetch the lead for more). Each lead change has an `id`; reconnecting with `Last-Event-ID` (or `?lastEventId=`) replays what was missed, up to 500 events, else sends `reset` (fetch afresh). A comment line every 15 s keeps proxies from closing the stream; a stream whose session or token has ended is closed.
         */
        get: {
            parameters: {
                query?: {
                    lastEventId?: string;
                };
                header?: {
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream: `id: <event id>` and `data: <StreamMessage JSON>` per event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            assignmentId: string | null;
                            /** Format: date-time */
                            at: string;
                            category: string;
                            leadId: string;
                            priority: string;
                            /** @description the recipient the event concerns; an agent or partner sees only its own */
                            recipient: string | null;
                            stage: string;
                            status: string;
                            /** @description the lead event: offered, accepted, expired, pooled, claimed, stage_changed, … */
                            type: string;
                        } | {
                            failedDeliveries: number;
                            /** @description leads held by a recipient now (status assigned) */
                            held: number;
                            offered: number;
                            pooled: number;
                            /** @enum {string} */
                            type: "counters";
                            unassigned: number;
                        } | {
                            reason: string;
                            /** @enum {string} */
                            type: "reset";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suppression list, newest first; `q` finds values by their start */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: "email" | "phone";
                    limit?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string;
                                createdAt: string;
                                kind: "email" | "phone";
                                reason: string;
                                value: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Put email addresses or phone numbers on the suppression list (one, or an imported list)
         * @description No email goes to a suppressed address and no call list offers a suppressed number, whoever holds the lead. Values are kept as leads keep theirs (lower-case email, E.164 phone); values that are not one are answered in `refused` and the rest are added.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "email" | "phone";
                        reason: string;
                        values: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            alreadyListed: number;
                            refused: {
                                problem: string;
                                value: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppressions/{kind}/{value}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an address or number off the suppression list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "email" | "phone";
                    value: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every recipient's follow-up tasks, soonest due first, a page at a time
         * @description Agents and partners read their own at `GET /api/v1/my/tasks`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the recipient the task is for */
                    assignee?: string;
                    cursor?: string;
                    /** @description now: due already; today: due before midnight UTC; all (the default) */
                    due?: "now" | "today" | "all";
                    lead?: string;
                    limit?: string;
                    /** @description open (the default), completed or all */
                    status?: "open" | "completed" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                completedAt: string | null;
                                completedBy: string | null;
                                createdAt: string | null;
                                createdBy: string;
                                dueAt: string | null;
                                id: string;
                                leadId: string;
                                recipient: string | null;
                                title: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a follow-up task (staff, or the recipient it is for) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedAt: string | null;
                            completedBy: string | null;
                            createdAt: string | null;
                            createdBy: string;
                            dueAt: string | null;
                            id: string;
                            leadId: string;
                            recipient: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The email templates, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                html: string;
                                key: string;
                                name: string;
                                subject: string;
                                text: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an email template
         * @description Each part is a Liquid template over `lead` (its contact fields, `lead.fields.<key>`, category, source, stage, score, priority, tags), `sender` (name, postalAddress) and `unsubscribeUrl`. Values are HTML-escaped in `html`. Templates run no code and read no file. Without `text`, the text part is made from the HTML; a footer with the sender's postal address and the unsubscribe link is added to each part that lacks them. A part that does not parse is a 422 naming it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        html: string;
                        /** @description lower-case letters, digits, - and _ */
                        key: string;
                        name: string;
                        subject: string;
                        text?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            html: string;
                            key: string;
                            name: string;
                            subject: string;
                            text: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An email template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            html: string;
                            key: string;
                            name: string;
                            subject: string;
                            text: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an email template: its name or any part
         * @description `text: null` makes the text part from the HTML again.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        html?: string;
                        name?: string;
                        subject?: string;
                        text?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            html: string;
                            key: string;
                            name: string;
                            subject: string;
                            text: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a template, saved or not, for a stored lead or a sample lead; nothing is sent
         * @description With `leadId` the lead's own data fills it; with `category`, a sample lead with a value for each of the category's fields; else a plain sample. The footer says where the unsubscribe link will be.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string;
                        html: string;
                        leadId?: string;
                        subject: string;
                        text?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            html: string;
                            subject: string;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/test-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a template, rendered as in a preview, to one address to look at
         * @description Sent through `SMTP_URL`'s server from the sender in Settings (409 until both are set), with `[Test]` before the subject. Answers what was sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string;
                        html: string;
                        leadId?: string;
                        subject: string;
                        text?: string | null;
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            html: string;
                            subject: string;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your live API tokens (or, as admin, a user's): names and dates, never the secrets */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description ISO date-time */
                                createdAt: string;
                                id: string;
                                name: string;
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue another API token for yourself (or, as admin, for a user); shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            token: string;
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token: it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users: id, email, name, role, recipient and whether they are disabled */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                disabled: boolean;
                                email: string;
                                id: string;
                                name: string;
                                recipient: string | null;
                                role: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user, its API token and, without a password, its invite link (both shown once)
         * @description With `password` the user can sign in at once. Without, `inviteUrl` is the web app's page where the user chooses a password; it is emailed to the user when SMTP_URL is set, works once and expires after 7 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** @description 10 to 200 characters */
                        password?: string;
                        recipient?: string;
                        role: "admin" | "manager" | "agent" | "partner";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            /** @description shown only in this answer; null when a password was given */
                            inviteUrl: string | null;
                            name: string;
                            recipient: string | null;
                            role: string;
                            /** @description shown only in this answer */
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a user, change its role, or disable and enable it
         * @description A disabled user's tokens stop working at once, in every process; enabling it gives them back. An agent or partner acts for a recipient of its own kind (give `recipient` when changing to one); a change to admin or manager drops the recipient. The last enabled admin can be neither disabled nor demoted (409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        name?: string;
                        recipient?: string | null;
                        role?: "admin" | "manager" | "agent" | "partner";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string;
                            id: string;
                            name: string;
                            recipient: string | null;
                            role: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string | null;
                                enabled: boolean;
                                events: string[];
                                id: string;
                                /** @description only in the answer that creates the subscription */
                                secret?: string;
                                updatedAt: string | null;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to lead events; the answer shows the signing secret once
         * @description Each event is POSTed as JSON with `Carousel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, `Carousel-Event` and `Idempotency-Key`; events: lead event types (received, assigned, accepted, claimed, stage_changed, returned, delivered, …) or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: string[];
                        secret?: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            /** @description only in the answer that creates the subscription */
                            secret?: string;
                            updatedAt: string | null;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a subscription: nothing more is sent to it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a subscription's URL or events, enable or disable it, or replace its secret
         * @description Deliveries still waiting go to the new URL, signed with the new secret. The answer shows the secret only when this request replaced it.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false stops sending; true sends again */
                        enabled?: boolean;
                        events?: string[];
                        /**
                         * @description make up a new signing secret, shown once in the answer
                         * @enum {boolean}
                         */
                        rotateSecret?: true;
                        /** @description a new signing secret */
                        secret?: string;
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            /** @description only in the answer that creates the subscription */
                            secret?: string;
                            updatedAt: string | null;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook deliveries, newest first: by default the failures (dead, failed) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                    status?: "pending" | "sending" | "delivered" | "failed" | "dead";
                    subscription?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attemptCount: number;
                                body: unknown;
                                createdAt: string | null;
                                deliveredAt: string | null;
                                eventId: string;
                                eventType: string;
                                id: string;
                                idempotencyKey: string;
                                lastResponse: {
                                    body: string | null;
                                    durationMs: number | null;
                                    error: string | null;
                                    status: number | null;
                                } | null;
                                leadId: string;
                                maxAttempts: number;
                                nextAttemptAt: string | null;
                                status: string;
                                subscriptionId: string;
                                updatedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead webhook delivery again, with the same body and Idempotency-Key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attemptCount: number;
                            body: unknown;
                            createdAt: string | null;
                            deliveredAt: string | null;
                            eventId: string;
                            eventType: string;
                            id: string;
                            idempotencyKey: string;
                            lastResponse: {
                                body: string | null;
                                durationMs: number | null;
                                error: string | null;
                                status: number | null;
                            } | null;
                            leadId: string;
                            maxAttempts: number;
                            nextAttemptAt: string | null;
                            status: string;
                            subscriptionId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{sourceKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An embeddable HTML form for a source, built from its category's fields */
        get: {
            parameters: {
                query?: {
                    redirect?: string;
                };
                header?: never;
                path: {
                    sourceKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{sourceKey}.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A script that renders a source's lead form into any page that loads it
         * @description Embed with `<script src="https://carousel.example.com/forms/{sourceKey}.js" async></script>`: the form appears where the tag stands (or in the element whose id is in `data-target`) and posts to the public intake; `data-redirect` names the page a person lands on after sending it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers ok once the store is ready */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postback/{recipient}/{signature}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recipient's signed postback URL, called with the outcome in the query string
         * @description A buyer's or partner's system says what became of a lead it was given, with no token: the URL is the recipient's own, signed by the server (`GET /api/v1/recipients/{key}/postback`). A URL whose signature does not match is refused (403) and counts as a failed authentication of the caller's address. The lead must be one the recipient holds (else 404). Same outcomes as `POST /api/v1/leads/{id}/outcome`.
         */
        get: {
            parameters: {
                query: {
                    amount?: number | string;
                    /** @description the lead's id (`id` in the delivered lead) */
                    lead: string;
                    /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                    outcome: "contacted" | "sold" | "bad";
                    reason?: string;
                };
                header?: never;
                path: {
                    recipient: string;
                    signature: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            at: string;
                            eventId: string;
                            leadId: string;
                            /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                            outcome: "contacted" | "sold" | "bad";
                            reason: string | null;
                            recipient: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A recipient's signed postback URL, called with the outcome as a JSON or form body
         * @description A buyer's or partner's system says what became of a lead it was given, with no token: the URL is the recipient's own, signed by the server (`GET /api/v1/recipients/{key}/postback`). A URL whose signature does not match is refused (403) and counts as a failed authentication of the caller's address. The lead must be one the recipient holds (else 404). Same outcomes as `POST /api/v1/leads/{id}/outcome`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    recipient: string;
                    signature: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number | string;
                        /** @description the lead's id (`id` in the delivered lead) */
                        lead: string;
                        /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                        outcome: "contacted" | "sold" | "bad";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            at: string;
                            eventId: string;
                            leadId: string;
                            /** @description contacted; sold (amount: what the buyer pays for the lead); bad (reason required) */
                            outcome: "contacted" | "sold" | "bad";
                            reason: string | null;
                            recipient: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/c/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A nurture email's signed click link
         * @description No credentials: the signed token in the path names the lead, the message and the address the link leads to. Records `email_clicked` (once per message and address) and redirects (302) there. Only a signed address is ever redirected to: a token this server did not sign is refused (404), changes nothing, and counts as a failed authentication of the caller's address.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/o/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A nurture email's open pixel
         * @description No credentials: the signed token in the path is the authority. Answers a 1×1 GIF and records `email_opened` on the lead's timeline once per message. A token this server did not sign is refused (404), changes nothing, and counts as a failed authentication of the caller's address.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a transparent 1×1 GIF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/u/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A nurture email's preference page
         * @description No credentials: the signed token in the path names the address. An HTML page (no script) with one form that unsubscribes the address from all nurture email; loading it changes nothing, so a mail scanner that follows links unsubscribes nobody. A token this server did not sign is refused (404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * One-click unsubscribe (RFC 8058), and the preference page's form
         * @description No credentials: the signed token in the path names the lead, the message and the address. The address goes on the suppression list and the lead's timeline gets `unsubscribed` (once per message), which ends its nurture sequences. Any body (`List-Unsubscribe=One-Click`, the page's form, none) is accepted and not read. Answers 200 with a page saying so, again on a repeat. A token this server did not sign is refused (404) and changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                a: string;
                                b: string;
                                category: string;
                                overlap: string;
                            }[];
                            duplicateOf?: string;
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                message: string;
                                requestId: string;
                                retry: boolean;
                            };
                            experiment?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
