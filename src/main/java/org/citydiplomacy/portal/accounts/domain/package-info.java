/** Storage of accounts, access tokens and sign-in failure counters (JdbcClient, one statement per call). */
package org.citydiplomacy.portal.accounts.domain;
