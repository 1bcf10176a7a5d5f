/** The product's name and version as the server, the command line and the client report them. */
import { version } from '../package.json';

export const PRODUCT_VERSION: string = version;
export const SERVER_NAME = 'privacy-policy-language-server';
export const LANGUAGE_ID = 'privacy-policy';
