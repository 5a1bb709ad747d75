import { accessibilitySuite } from './axeSuite';

accessibilitySuite(2, 2);
