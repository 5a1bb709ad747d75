import { accessibilitySuite } from './axeSuite';

accessibilitySuite(1, 2);
